// Open Graph images (1200×630 PNG) drawn on our own server: the site card, each article's card, and the logo.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { cacheLife } from "next/cache";
import { ImageResponse } from "next/og";
import { POST_LISTS_TAG } from "@/lib/cache-tags";
import { readerCache } from "@/db/queries/reader-cache";
import { getPublishedPost } from "@/db/queries/articles";
import { coverCropDataUri } from "@/lib/covers";
import { siteConfig } from "@/lib/site-config";

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;
export const LOGO_SIZE = 512;

const colors = { brand: "#1f4d3a", brandDark: "#143326", sand: "#efe6d2", paper: "#fbfaf6", ink: "#1d252c", muted: "#4a5560" };

// Satori reads TTF, OTF and WOFF but not WOFF2, so the static @fontsource packages supply these; the files ship
// with the app, nothing is fetched.
const fontFile = (name: string) => path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@fontsource", name);
let fontsLoaded: ReturnType<typeof loadFonts> | undefined;
async function loadFonts() {
  const [serif, sans, sansBold] = await Promise.all([
    readFile(fontFile("source-serif-4/files/source-serif-4-latin-700-normal.woff")),
    readFile(fontFile("inter/files/inter-latin-400-normal.woff")),
    readFile(fontFile("inter/files/inter-latin-700-normal.woff")),
  ]);
  return [
    { name: "Source Serif", data: serif, weight: 700 as const, style: "normal" as const },
    { name: "Inter", data: sans, weight: 400 as const, style: "normal" as const },
    { name: "Inter", data: sansBold, weight: 700 as const, style: "normal" as const },
  ];
}

async function png(element: React.ReactElement, size: { width: number; height: number }): Promise<Uint8Array> {
  fontsLoaded ??= loadFonts();
  const response = new ImageResponse(element, { ...size, fonts: await fontsLoaded });
  return new Uint8Array(await response.arrayBuffer());
}

function titleSize(title: string, narrow: boolean): number {
  const length = title.length * (narrow ? 1.6 : 1);
  if (length <= 60) return 64;
  if (length <= 110) return 54;
  return 44;
}

/** The card's cover panel beside the title. */
export const COVER_PANEL = { width: 500, height: 630 } as const;

export type ArticleCard = { title: string; category: string | null; cover: { src: string; focal: { x: number; y: number } } | null };

export async function renderArticleImage(card: ArticleCard): Promise<Uint8Array> {
  // Cut on the server around the editor's focal point: the panel is portrait, most covers are landscape.
  const cover = card.cover ? await coverCropDataUri(card.cover, COVER_PANEL) : null;
  return png(
    <div style={{ display: "flex", width: "100%", height: "100%", background: colors.paper, fontFamily: "Inter" }}>
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "space-between", flex: 1, padding: "64px 56px" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          {card.category && (
            <div style={{ fontSize: 28, fontWeight: 700, color: colors.brand, textTransform: "uppercase", letterSpacing: 2 }}>
              {card.category}
            </div>
          )}
          <div
            style={{
              marginTop: 20,
              fontFamily: "Source Serif",
              fontWeight: 700,
              fontSize: titleSize(card.title, cover !== null),
              lineHeight: 1.15,
              color: colors.ink,
              lineClamp: 5,
            }}
          >
            {card.title}
          </div>
        </div>
        <div style={{ display: "flex", alignItems: "center", fontSize: 30, fontWeight: 700, color: colors.brand }}>
          <div style={{ width: 16, height: 40, background: colors.brand, marginRight: 16 }} />
          {siteConfig.name}
        </div>
      </div>
      {cover && (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, there is no browser here
        <img src={cover} alt="" width={COVER_PANEL.width} height={COVER_PANEL.height} style={{ width: COVER_PANEL.width, height: COVER_PANEL.height }} />
      )}
    </div>,
    SOCIAL_IMAGE,
  );
}

/** The card for pages that are not articles: the publication's name and description. */
export async function renderSiteImage(): Promise<Uint8Array> {
  return png(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        width: "100%",
        height: "100%",
        padding: "0 96px",
        background: colors.brand,
        color: colors.paper,
        fontFamily: "Inter",
      }}
    >
      <div style={{ fontFamily: "Source Serif", fontWeight: 700, fontSize: 96 }}>{siteConfig.name}</div>
      <div style={{ marginTop: 28, fontSize: 36, lineHeight: 1.3, color: colors.sand }}>{siteConfig.description}</div>
    </div>,
    SOCIAL_IMAGE,
  );
}

/** The publisher logo for structured data and feeds: the publication's initial on its colour. */
export async function renderLogo(): Promise<Uint8Array> {
  return png(
    <div
      style={{
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        width: "100%",
        height: "100%",
        background: colors.brand,
        color: colors.paper,
        fontFamily: "Source Serif",
        fontWeight: 700,
        fontSize: 340,
      }}
    >
      {siteConfig.name.slice(0, 1)}
    </div>,
    { width: LOGO_SIZE, height: LOGO_SIZE },
  );
}

// Rendering a card takes a few hundred milliseconds, so each is drawn once and kept until content changes.

/** The editor's own image for shared links, cut to the card's frame around its focal point. */
async function renderChosenImage(image: { src: string; focal: { x: number; y: number } }): Promise<Uint8Array | null> {
  const picture = await coverCropDataUri(image, SOCIAL_IMAGE);
  if (!picture) return null;
  // eslint-disable-next-line @next/next/no-img-element -- Satori draws plain img elements
  return png(<img src={picture} width={SOCIAL_IMAGE.width} height={SOCIAL_IMAGE.height} alt="" />, SOCIAL_IMAGE);
}

export async function articleSocialImage(slug: string): Promise<Uint8Array | null> {
  "use cache";
  await readerCache(POST_LISTS_TAG);
  const post = await getPublishedPost({ slug });
  if (!post) return null;
  if (post.seo.socialImage) {
    const own = await renderChosenImage(post.seo.socialImage);
    if (own) return own;
  }
  return renderArticleImage({ title: post.title, category: post.categories[0]?.name ?? null, cover: post.cover });
}

export async function siteSocialImage(): Promise<Uint8Array> {
  "use cache";
  cacheLife("max");
  return renderSiteImage();
}

export async function logoImage(): Promise<Uint8Array> {
  "use cache";
  cacheLife("max");
  return renderLogo();
}
