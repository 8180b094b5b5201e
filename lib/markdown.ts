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

export async function renderMarkdown(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}
