// One shape of page metadata for every reader page: title, description, canonical, feeds, Open Graph, Twitter.
import type { Metadata } from "next";
import type { FeedScope } from "@/db/queries/feeds";
import { feedAlternates } from "@/lib/feeds/links";
import { siteConfig } from "@/lib/site-config";
import { absoluteUrl } from "@/lib/site-url";

export type PageSeo = {
  title: string;
  /** The front page shows the publication's name alone, without the "– name" suffix. */
  absoluteTitle?: boolean;
  description: string;
  /** Canonical path; metadataBase (root layout, SITE_URL) makes it absolute ("/" becomes the bare origin). */
  path: string;
  /** Feeds to advertise, most specific first. */
  feeds: { scope: FeedScope; title: string }[];
  image?: { url: string; alt: string };
  article?: { publishedTime: Date; modifiedTime: Date; section?: string; tags: string[]; authorPath: string };
};

export const siteFeed = { scope: { kind: "site" } as FeedScope, title: siteConfig.name };

// Next replaces a parent's openGraph object instead of merging it, so every page states the whole set here.
export function pageMetadata(seo: PageSeo): Metadata {
  const image = seo.image ?? { url: "/og.png", alt: siteConfig.name };
  const images = [{ url: image.url, width: 1200, height: 630, alt: image.alt, type: "image/png" }];
  const common = {
    url: seo.path,
    siteName: siteConfig.name,
    locale: "de_DE",
    title: seo.title,
    description: seo.description,
    images,
  };
  return {
    title: seo.absoluteTitle ? { absolute: seo.title } : seo.title,
    description: seo.description,
    alternates: { canonical: seo.path, types: feedAlternates(seo.feeds) },
    openGraph: seo.article
      ? {
          ...common,
          type: "article",
          publishedTime: seo.article.publishedTime.toISOString(),
          modifiedTime: seo.article.modifiedTime.toISOString(),
          section: seo.article.section,
          tags: seo.article.tags,
          // Unlike canonical and images, Next does not resolve these against metadataBase.
          authors: [absoluteUrl(seo.article.authorPath)],
        }
      : { ...common, type: "website" },
    twitter: { card: "summary_large_image", title: seo.title, description: seo.description, images: [image] },
  };
}
