// Turns an article's Markdown into safe HTML: one pipeline for the article page, feeds and the editor preview.
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { t } from "./i18n";
import type { ResponsiveImage } from "./media/view";

// Embeds become placeholders after sanitising, so the placeholder's own classes survive and the link is already safe.
// Raw HTML in Markdown is dropped by remark-rehype (no allowDangerousHtml); rehype-sanitize's GitHub schema then
// removes anything left that could run script (event handlers, javascript: URLs). Slugs are added after sanitising
// so heading anchors stay readable instead of being prefixed.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeEmbedPlaceholders)
  .use(rehypeForeignImagesAsLinks)
  .use(rehypeSlug)
  .use(rehypeLibraryImages)
  .use(rehypeStringify)
  .freeze();

type HastNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  data?: { libraryImageLeftOut?: boolean };
};

const embedHosts: [RegExp, string][] = [
  [/^(www\.|m\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be)$/, "YouTube"],
  [/^(www\.|player\.)?vimeo\.com$/, "Vimeo"],
  [/^(www\.)?instagram\.com$/, "Instagram"],
];

/** The service a link would embed on other platforms, or null. Mastodon runs on many hosts: known by its path. */
export function embedService(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  for (const [host, service] of embedHosts) if (host.test(url.hostname)) return service;
  if (/^\/@[A-Za-z0-9_]+(@[\w.-]+)?\/\d+\/?$/.test(url.pathname)) return "Mastodon";
  return null;
}

function textOf(node: HastNode): string {
  return node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join("");
}

const el = (tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastNode => ({ type: "element", tagName, properties, children });

/**
 * Two-click privacy: a paragraph holding nothing but a link to YouTube, Vimeo, Instagram or a Mastodon post – the
 * places where other platforms would embed a player – becomes a static notice with a plain link. Nothing is loaded
 * from the other host while reading, and no consent needs remembering: the reader's click simply opens the link.
 */
function rehypeEmbedPlaceholders() {
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      node.children = node.children?.map((child) => {
        if (child.type !== "element" || child.tagName !== "p") {
          walk(child);
          return child;
        }
        const content = (child.children ?? []).filter((c) => !(c.type === "text" && !c.value?.trim()));
        const link = content.length === 1 && content[0]!.tagName === "a" ? content[0]! : null;
        const href = typeof link?.properties?.href === "string" ? link.properties.href : null;
        const service = href ? embedService(href) : null;
        if (!link || !href || !service) return child;
        const label = textOf(link).trim();
        const title = label && label !== href ? label : null;
        return el("figure", { className: ["embed-placeholder"], dataEmbed: service.toLowerCase() }, [
          ...(title ? [el("p", { className: ["embed-title"] }, [el("strong", {}, [text(title)])])] : []),
          el("p", {}, [text(t.embed.notice(service))]),
          el("p", {}, [el("a", { href }, [text(t.embed.open(service))])]),
          el("figcaption", {}, [text(t.embed.hint)]),
        ]);
      });
    };
    walk(tree);
  };
}
/** An image source on this site: a path, not a scheme or a protocol-relative "//host". */
export function isOwnImageSource(src: string): boolean {
  const value = src.trim();
  return value !== "" && !value.startsWith("//") && !value.startsWith("\\") && !/^[a-z][a-z0-9+.-]*:/i.test(value);
}

/**
 * Readers' browsers load nothing from other hosts (no address, no referrer handed to them), so an image from
 * another host becomes a link to it, named by its alt text: like an embed, it is opened by the reader's click.
 */
function rehypeForeignImagesAsLinks() {
  return (tree: HastNode) => {
    const walk = (node: HastNode) => {
      node.children = node.children?.map((child) => {
        const src = child.tagName === "img" ? String(child.properties?.src ?? "") : null;
        if (src === null) {
          walk(child);
          return child;
        }
        if (isOwnImageSource(src)) return child;
        const alt = String(child.properties?.alt ?? "").trim();
        return el("a", { href: src, className: ["foreign-image"] }, [text(t.embed.foreignImage(alt))]);
      });
    };
    walk(tree);
  };
}

type LinkData = { baseUrl?: string; pageUrl?: string; images?: Map<string, ResponsiveImage> };

/** `![…](/medien/<hash>/bild)`: how the editor inserts a library image into Markdown. */
const LIBRARY_IMAGE = /^\/medien\/([0-9a-f]{64})\/bild$/;

/** Every library image a Markdown text refers to, so the caller can load their variants before rendering. */
export function libraryImageHashes(markdown: string): string[] {
  return [...new Set(Array.from(markdown.matchAll(/\/medien\/([0-9a-f]{64})\/bild\b/g), (match) => match[1]!))];
}

const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): HastNode => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string): HastNode => ({ type: "text", value });

/** A responsive <picture> with its width and height and a caption carrying the credit („Foto: …“). */
export function pictureNodes(image: ResponsiveImage, prefix = "", sizes = "(min-width: 48rem) 48rem, 100vw"): HastNode {
  const srcSet = (value: string) => value.split(", ").map((entry) => `${prefix}${entry}`).join(", ");
  const caption: HastNode[] = [];
  if (image.caption) caption.push(text(image.caption));
  if (image.credit) {
    if (caption.length) caption.push(text(" "));
    const credit = /^(foto|bild|illustration|grafik)\s*:/i.test(image.credit) ? image.credit : `Foto: ${image.credit}`;
    caption.push(element("span", { className: ["credit"] }, [text(credit)]));
  }
  const picture = element("picture", {}, [
    ...image.sources.map((source) => element("source", { type: source.type, srcSet: srcSet(source.srcSet), sizes })),
    element("img", {
      src: `${prefix}${image.src}`,
      srcSet: srcSet(image.srcSet),
      sizes,
      width: image.width,
      height: image.height,
      alt: image.alt,
      loading: "lazy",
      decoding: "async",
    }),
  ]);
  return element("figure", { className: ["library-image"] }, caption.length ? [picture, element("figcaption", {}, caption)] : [picture]);
}

// Runs after sanitising: the markup it adds is built here from library data, never from the author's text.
function rehypeLibraryImages() {
  return (tree: HastNode, file: { data: unknown }) => {
    const { images, baseUrl = "" } = file.data as LinkData;
    const walk = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) => {
        const match = child.tagName === "img" ? LIBRARY_IMAGE.exec(String(child.properties?.src ?? "")) : null;
        if (!match) {
          walk(child);
          return [child];
        }
        const image = images?.get(match[1]!);
        if (image) return [pictureNodes(image, baseUrl)];
        // Deleted from the library: the reference stays in the text, the page shows nothing in its place.
        node.data = { ...node.data, libraryImageLeftOut: true };
        return [];
      });
      const blank = (c: HastNode) => c.type === "text" && !c.value?.trim();
      // A figure cannot sit inside a paragraph: a paragraph holding only library images gives way to them.
      node.children = node.children.flatMap((child) =>
        child.tagName === "p" && child.children?.some((c) => c.tagName === "figure") && child.children.every((c) => c.tagName === "figure" || blank(c))
          ? child.children.filter((c) => c.tagName === "figure")
          : child.tagName === "p" && child.data?.libraryImageLeftOut && (child.children ?? []).every(blank)
            ? []
            : [child],
      );
    };
    walk(tree);
  };
}

// Feed readers show an article away from our site, where "/medien/…/960.jpg" or "#abschnitt" would point nowhere.
function rehypeAbsoluteLinks() {
  return (tree: HastNode, file: { data: unknown }) => {
    const { baseUrl, pageUrl = baseUrl } = file.data as LinkData;
    if (!baseUrl) return;
    const rewrite = (value: unknown) => {
      if (typeof value !== "string") return value;
      if (value.startsWith("#")) return `${pageUrl}${value}`;
      if (value.startsWith("/") && !value.startsWith("//")) return `${baseUrl}${value}`;
      return value;
    };
    const walk = (node: HastNode) => {
      const properties = node.properties;
      if (properties) for (const name of ["href", "src"]) if (name in properties) properties[name] = rewrite(properties[name]);
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

const absoluteProcessor = processor().use(rehypeAbsoluteLinks).freeze();

export type RenderOptions = {
  /** Make site-relative links absolute against this origin (feeds). */
  baseUrl?: string;
  /** The article's own URL, for in-page anchors; defaults to baseUrl. */
  pageUrl?: string;
  /** Library images the text refers to, by hash (see libraryImageHashes); unknown ones are left out. */
  images?: Map<string, ResponsiveImage>;
};

export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<string> {
  if (!options.baseUrl) return String(await processor.process({ value: markdown, data: { images: options.images } }));
  return String(await absoluteProcessor.process({ value: markdown, data: { ...options } }));
}
