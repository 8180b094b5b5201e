// Turns an article's Markdown into safe HTML: one pipeline for the article page, feeds and the editor preview.
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { ResponsiveImage } from "./media/view";

// Raw HTML in Markdown is dropped by remark-rehype (no allowDangerousHtml); rehype-sanitize's GitHub schema then
// removes anything left that could run script (event handlers, javascript: URLs). Slugs are added after sanitising
// so heading anchors stay readable instead of being prefixed.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeSlug)
  .use(rehypeLibraryImages)
  .use(rehypeStringify)
  .freeze();

type HastNode = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HastNode[] };
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
        return image ? [pictureNodes(image, baseUrl)] : [];
      });
      // A figure cannot sit inside a paragraph: a paragraph holding only library images gives way to them.
      node.children = node.children.flatMap((child) =>
        child.tagName === "p" && child.children?.some((c) => c.tagName === "figure") && child.children.every((c) => c.tagName === "figure" || (c.type === "text" && !c.value?.trim()))
          ? child.children.filter((c) => c.tagName === "figure")
          : [child],
      );
    };
    walk(tree);
  };
}

// Feed readers show an article away from our site, where "/covers/x.svg" or "#abschnitt" would point nowhere.
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
