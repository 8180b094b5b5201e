// Turns an article's Markdown into safe HTML: one pipeline for the article page, feeds and the editor preview.
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Raw HTML in Markdown is dropped by remark-rehype (no allowDangerousHtml); rehype-sanitize's GitHub schema then
// removes anything left that could run script (event handlers, javascript: URLs). Slugs are added after sanitising
// so heading anchors stay readable instead of being prefixed.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeSlug)
  .use(rehypeStringify)
  .freeze();

type HastNode = { type: string; properties?: Record<string, unknown>; children?: HastNode[] };
type LinkData = { baseUrl?: string; pageUrl?: string };

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
};

export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<string> {
  if (!options.baseUrl) return String(await processor.process(markdown));
  return String(await absoluteProcessor.process({ value: markdown, data: { ...options } }));
}
