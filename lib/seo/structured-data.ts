// schema.org JSON-LD for reader pages: the publisher, the website, articles and breadcrumbs.
import type { CommentThread, CommentView } from "@/db/queries/comments";
import type { PostView } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { siteConfig } from "@/lib/site-config";

type Thing = Record<string, unknown>;

const organizationId = (origin: string) => `${origin}/#organization`;
const websiteId = (origin: string) => `${origin}/#website`;

export function organization(origin: string): Thing {
  return {
    "@type": "Organization",
    "@id": organizationId(origin),
    name: siteConfig.name,
    url: `${origin}/`,
    logo: { "@type": "ImageObject", url: `${origin}/logo.png`, width: 512, height: 512 },
  };
}

// A SearchAction joins this once the search page (#5) exists.
export function website(origin: string): Thing {
  return {
    "@type": "WebSite",
    "@id": websiteId(origin),
    url: `${origin}/`,
    name: siteConfig.name,
    description: siteConfig.description,
    inLanguage: "de-DE",
    publisher: { "@id": organizationId(origin) },
  };
}

/** Start › … › the page itself; the last crumb has no link, as it is the current page. */
export function breadcrumbs(origin: string, trail: { name: string; path: string }[]): Thing {
  const crumbs = [{ name: t.home, path: "/" }, ...trail];
  return {
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: `${origin}${crumb.path}`,
    })),
  };
}

export function person(origin: string, author: { displayName: string; slug: string; bio?: string }): Thing {
  return {
    "@type": "Person",
    "@id": `${origin}/autor/${author.slug}#person`,
    name: author.displayName,
    url: `${origin}/autor/${author.slug}`,
    ...(author.bio ? { description: author.bio } : {}),
  };
}

/** The credit line names the rights holder: "Foto: Stadt Musterhausen" → "© Stadt Musterhausen". */
function copyrightNotice(credit: string): string {
  return `© ${credit.replace(/^(foto|bild|illustration|grafik)\s*:\s*/i, "")}`;
}

/** Approved comments as schema.org Comment items; replies nest under the comment they answer. */
export function commentThings(origin: string, postPath: string, threads: CommentThread[]): Thing[] {
  const item = (comment: CommentView): Thing => ({
    "@type": "Comment",
    "@id": `${origin}${postPath}#kommentar-${comment.id}`,
    url: `${origin}${postPath}#kommentar-${comment.id}`,
    author: comment.editorial ? { "@id": organizationId(origin) } : { "@type": "Person", name: comment.authorName },
    dateCreated: comment.createdAt.toISOString(),
    text: comment.body,
  });
  return threads.map((thread) => ({ ...item(thread), ...(thread.replies.length > 0 ? { comment: thread.replies.map(item) } : {}) }));
}

export function blogPosting(origin: string, post: PostView, comments?: { count: number; threads: CommentThread[] }): Thing {
  const url = `${origin}/artikel/${post.slug}`;
  const image = post.cover
    ? {
        "@type": "ImageObject",
        url: `${origin}${post.cover.src}`,
        caption: post.cover.alt || undefined,
        width: post.cover.width,
        height: post.cover.height,
        ...(post.cover.licenceUrl ? { license: post.cover.licenceUrl } : {}),
        ...(post.cover.credit
          ? { creditText: t.photoCredit(post.cover.credit), copyrightNotice: copyrightNotice(post.cover.credit) }
          : {}),
      }
    : { "@type": "ImageObject", url: `${url}/og.png`, width: 1200, height: 630 };
  return {
    "@type": "BlogPosting",
    "@id": `${url}#article`,
    mainEntityOfPage: url,
    url,
    headline: post.title,
    description: post.seo.description,
    datePublished: post.publishedAt.toISOString(),
    dateModified: (post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt).toISOString(),
    inLanguage: "de-DE",
    author: person(origin, post.author),
    publisher: { "@id": organizationId(origin) },
    isPartOf: { "@id": websiteId(origin) },
    image,
    articleSection: post.categories.map((category) => category.name),
    ...(post.tags.length > 0 ? { keywords: post.tags.map((tag) => tag.name) } : {}),
    ...(comments ? { commentCount: comments.count, ...(comments.threads.length > 0 ? { comment: commentThings(origin, `/artikel/${post.slug}`, comments.threads) } : {}) } : {}),
    ...(post.downloads.length > 0
      ? {
          associatedMedia: post.downloads.map((download) => ({
            "@type": "MediaObject",
            name: download.title,
            contentUrl: `${origin}${download.url}`,
            encodingFormat: download.mimeType,
            contentSize: `${download.byteSize} B`,
          })),
        }
      : {}),
  };
}

/** Several things in one script element. */
export function graph(...things: Thing[]): Thing {
  return { "@context": "https://schema.org", "@graph": things };
}
