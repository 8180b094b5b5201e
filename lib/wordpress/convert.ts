// WordPress post content → the Markdown the editor writes: classic HTML (wpautop), block markup, shortcodes,
// embeds, the "more" break, and links to the old site rewritten to Blattwerk's addresses.
import { autop } from "@wordpress/autop";
import { parse as parseBlocks } from "@wordpress/block-serialization-default-parser";
import { gfm } from "@joplin/turndown-plugin-gfm";
import { decodeHTML } from "entities";
import TurndownService from "turndown";
import { embedService } from "@/lib/markdown";

export type ImageRef = { src: string; alt: string };
export type DocumentRef = { href: string; mediaId: number };

/** What the conversion needs to know about the rest of the import; answers come from the first pass and the media phase. */
export type ConvertContext = {
  /** The path (with query) of a URL on the old site, or null for another host. Relative URLs are the old site's. */
  ownPath(url: string): string | null;
  /** Blattwerk's address for an old-site path (post, page, category, tag), or null when unknown. */
  resolveLink(path: string): string | null;
  /** An upload path ("2019/05/foto.jpg", size variants included) → the library image, or null when not imported. */
  image(uploadPath: string): ImageRef | null;
  document(uploadPath: string): DocumentRef | null;
  /** Upload paths of the gallery's images: the ids given, or the post's own attachments when there are none. */
  gallery(ids: number[] | null): string[];
  /** The upload path of an attachment served elsewhere than wp-content/uploads (a Blattwerk export), by its path. */
  attachmentAt?(path: string): string | null;
};

export type Caption = { uploadPath: string; caption: string; credit: string };

export type Converted = {
  markdown: string;
  /** Plain text before <!--more-->, for posts without an excerpt; "" when there is no break. */
  teaser: string;
  unknownShortcodes: string[];
  /** Library documents the text links to: they become the post's downloads. */
  documentIds: number[];
  /** Captions and credits found in [caption] and <figure>, for the library items that have none yet. */
  captions: Caption[];
};

const UPLOADS = /\/wp-content\/uploads\/(.+)$/;

/** "2019/05/foto-1024x576.jpg" for an upload URL or path on the old site, else null. */
export function uploadPathOf(url: string, ctx: Pick<ConvertContext, "ownPath" | "attachmentAt">): string | null {
  const path = ctx.ownPath(url);
  if (path === null) return null;
  const bare = path.split(/[?#]/)[0]!;
  const match = UPLOADS.exec(bare);
  return match ? safeDecode(match[1]!) : (ctx.attachmentAt?.(bare) ?? null);
}

// Blattwerk's own export lists a post's downloads between these comments: they become the downloads again.
const DOWNLOADS = /<!-- blattwerk:downloads -->([\s\S]*?)<!-- \/blattwerk:downloads -->/;

/** The file WordPress made a size variant or a scaled copy from: "foto-1024x576.jpg" → "foto.jpg". */
export function originalUploadPath(uploadPath: string): string {
  return uploadPath.replace(/-(?:\d+x\d+|scaled|rotated)(\.[A-Za-z0-9]+)$/, "$1");
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

// WordPress's own get_shortcode_regex(): [name attrs], [name attrs/], [name attrs]content[/name], [[escaped]].
const SHORTCODE = /\[(\[?)([A-Za-z][\w-]*)(?![\w-])([^\]/]*(?:\/(?!\])[^\]/]*)*?)(?:(\/)\]|\](?:([^[]*(?:\[(?!\/\2\])[^[]*)*)\[\/\2\])?)(\]?)/g;

export function shortcodeAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"\]]+))/g)) {
    attrs[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  }
  return attrs;
}

/** A caption that starts with „Foto:“ or „Bild:“ names the credit; what follows a dash or bar is the caption. */
export function splitCredit(text: string): { caption: string; credit: string } {
  const clean = text.replace(/\s+/g, " ").trim();
  const match = /^((?:foto|bild|fotos|bilder)\s*:\s*[^|–—]+?)\s*(?:[|–—]\s*(.*))?$/i.exec(clean);
  if (!match) return { caption: clean, credit: "" };
  return { caption: (match[2] ?? "").trim(), credit: match[1]!.trim() };
}

export function plainText(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->/g, " ").replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();
}

/** Shortens at a word boundary, with an ellipsis, so an excerpt never ends mid-word. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

type Run = {
  ctx: ConvertContext;
  tokens: string[];
  unknown: Set<string>;
  documents: Set<number>;
  captions: Caption[];
};

/** Markdown that must reach the output untouched by turndown's escaping stands in the HTML as a plain word. */
function token(run: Run, markdown: string): string {
  run.tokens.push(markdown);
  return `WPXTOKEN${run.tokens.length - 1}X`;
}
const asBlock = (word: string) => `\n\n<p>${word}</p>\n\n`;

function embedMarkdown(url: string): string {
  return `<${url.trim()}>`;
}

/** An embed player URL (youtube.com/embed/…, player.vimeo.com/video/…) → the page a reader would open. */
function playerPage(src: string): string | null {
  const youtube = /^https?:\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com)\/embed\/([\w-]+)/.exec(src);
  if (youtube) return `https://www.youtube.com/watch?v=${youtube[1]}`;
  const vimeo = /^https?:\/\/player\.vimeo\.com\/video\/(\d+)/.exec(src);
  if (vimeo) return `https://vimeo.com/${vimeo[1]}`;
  return embedService(src) ? src : null;
}

function imageMarkdown(run: Run, src: string, alt: string, captionText = ""): string | null {
  const uploadPath = uploadPathOf(src, run.ctx);
  if (uploadPath !== null) {
    const image = run.ctx.image(uploadPath);
    if (captionText) run.captions.push({ uploadPath, ...splitCredit(captionText) });
    if (!image) return null;
    return `![${escapeAlt(alt || image.alt)}](${image.src})`;
  }
  // Readers' browsers load nothing from another host: a foreign image becomes a link to it.
  if (/^https?:\/\//.test(src)) return `[${escapeAlt(alt || "Bild")}](<${src}>)`;
  return null;
}

const escapeAlt = (alt: string) => alt.replace(/([\\[\]])/g, "\\$1").replace(/\s+/g, " ").trim();

function imgAttributes(tag: string): { src: string; alt: string } {
  const attr = (name: string) => {
    const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(tag);
    return m ? decodeHTML(m[1] ?? m[2] ?? "") : "";
  };
  return { src: attr("src"), alt: attr("alt") };
}

function shortcodes(run: Run, text: string): string {
  return text.replace(SHORTCODE, (whole, open: string, name: string, rawAttrs: string, _self, content: string | undefined, close: string) => {
    if (open === "[" && close === "]") return whole.slice(1, -1);
    // "[Anm. d. Red.]" is an editor's note, not a shortcode: a name ends at a space, "/" or "]".
    if (rawAttrs !== "" && !/^\s/.test(rawAttrs)) return whole;
    const attrs = shortcodeAttributes(rawAttrs);
    switch (name.toLowerCase()) {
      case "caption":
      case "wp_caption": {
        const inner = content ?? "";
        const img = /<img\b[^>]*>/i.exec(inner);
        const captionText = attrs.caption ?? plainText(inner.replace(/<img\b[^>]*>/gi, ""));
        if (!img) return asBlock(token(run, captionText));
        const { src, alt } = imgAttributes(img[0]);
        const md = imageMarkdown(run, src, alt, captionText);
        return md ? asBlock(token(run, md)) : "";
      }
      case "gallery": {
        const ids = attrs.ids ? attrs.ids.split(",").map((id) => Number(id.trim())).filter((id) => Number.isInteger(id) && id > 0) : null;
        const images = run.ctx
          .gallery(ids)
          .map((uploadPath) => run.ctx.image(uploadPath))
          .filter((image): image is ImageRef => image !== null)
          .map((image) => `![${escapeAlt(image.alt)}](${image.src})`);
        return images.map((md) => asBlock(token(run, md))).join("");
      }
      case "embed": {
        const url = (content ?? attrs.src ?? "").trim();
        return /^https?:\/\//.test(url) ? asBlock(token(run, embedMarkdown(url))) : "";
      }
      default:
        run.unknown.add(name);
        return whole;
    }
  });
}

/** A URL alone on its line, of a service WordPress would embed (oEmbed): our embed placeholder. */
function bareEmbeds(run: Run, text: string): string {
  return text.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm, (line, url: string) =>
    embedService(url) ? asBlock(token(run, embedMarkdown(url))) : line,
  );
}

function classic(run: Run, html: string): string {
  return autop(bareEmbeds(run, shortcodes(run, html)));
}

type Block = ReturnType<typeof parseBlocks>[number];

function renderBlock(run: Run, block: Block): string {
  const name = block.blockName;
  if (name === null) return block.innerHTML.trim() ? classic(run, block.innerHTML) : "";
  if (name === "core/embed" || name.startsWith("core-embed/")) {
    const url = typeof block.attrs?.url === "string" ? block.attrs.url : plainText(block.innerHTML);
    return /^https?:\/\//.test(url) ? asBlock(token(run, embedMarkdown(url))) : "";
  }
  if (name === "core/shortcode") return classic(run, block.innerHTML);
  if (name === "core/more" || name === "core/nextpage") return "";
  if (name === "core/html" || name === "core/freeform") return classic(run, block.innerHTML);
  let inner = 0;
  const html = block.innerContent.map((part) => (part === null ? renderBlock(run, block.innerBlocks[inner++]!) : part)).join("");
  // Text inside blocks can still carry shortcodes (a paragraph with [gallery] typed into it).
  return shortcodes(run, html);
}

function renderBlocks(run: Run, markup: string): { html: string; teaserHtml: string | null } {
  let html = "";
  let teaserHtml: string | null = null;
  for (const block of parseBlocks(markup)) {
    if (block.blockName === "core/more" && teaserHtml === null) teaserHtml = html;
    html += renderBlock(run, block);
  }
  return { html, teaserHtml };
}

function turndownFor(run: Run): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "*",
    strongDelimiter: "**",
    hr: "---",
  });
  service.use(gfm);
  service.remove(["script", "style", "noscript", "form", "input", "button", "select", "textarea", "object", "embed"]);
  // The editor writes "- item" and "1. item"; turndown's default pads the marker to four columns.
  service.addRule("listItem", {
    filter: "li",
    replacement: (content, node, options) => {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = `${options.bulletListMarker} `;
      if (parent?.nodeName === "OL") {
        const start = Number(parent.getAttribute("start") ?? 1) || 1;
        prefix = `${start + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const body = content.replace(/^\n+/, "").replace(/\n+$/, "\n").replace(/\n/gm, `\n${" ".repeat(prefix.length)}`);
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? "\n" : "");
    },
  });
  service.addRule("figure", {
    filter: "figure",
    replacement: (content, node) => {
      const element = node as HTMLElement;
      const img = element.querySelector("img");
      const nested = element.querySelectorAll("figure").length > 0;
      if (!img || nested) return `\n\n${content}\n\n`;
      const caption = element.querySelector("figcaption")?.textContent?.trim() ?? "";
      const md = imageMarkdown(run, img.getAttribute("src") ?? "", img.getAttribute("alt") ?? "", caption);
      return md ? `\n\n${md}\n\n` : "";
    },
  });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const img = node as HTMLElement;
      const alt = img.getAttribute("alt") ?? "";
      // WordPress writes emoji as images of s.w.org when the database cannot hold them: the character is the alt.
      if (/\b(wp-smiley|emoji)\b/.test(img.getAttribute("class") ?? "")) return alt;
      const md = imageMarkdown(run, img.getAttribute("src") ?? "", alt);
      return md ? `\n\n${md}\n\n` : "";
    },
  });
  service.addRule("iframe", {
    filter: "iframe",
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute("src") ?? "";
      const page = playerPage(src);
      return page ? `\n\n${embedMarkdown(page)}\n\n` : /^https?:\/\//.test(src) ? `\n\n<${src}>\n\n` : "";
    },
  });
  service.addRule("link", {
    filter: (node) => node.nodeName === "A" && Boolean(node.getAttribute("href")),
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute("href")!.trim();
      const target = rewriteHref(run, href);
      const text = content.trim();
      // A linked image (WordPress links images to their file) keeps only the image.
      if (/^!\[[^\]]*\]\([^)]*\)$/.test(text) || text.startsWith("\n") || !text) return content;
      return `[${text}](${target.includes(" ") || target.includes(")") ? `<${target}>` : target})`;
    },
  });
  return service;
}

function rewriteHref(run: Run, href: string): string {
  const uploadPath = uploadPathOf(href, run.ctx);
  if (uploadPath !== null) {
    const doc = run.ctx.document(uploadPath);
    if (doc) {
      run.documents.add(doc.mediaId);
      return doc.href;
    }
    const image = run.ctx.image(uploadPath);
    if (image) return image.src.replace(/\/bild$/, "/1600.jpg");
    return href;
  }
  const path = run.ctx.ownPath(href);
  if (path === null) return href;
  const resolved = run.ctx.resolveLink(path);
  if (resolved) return resolved;
  // An address of Blattwerk's own routes (an export from Blattwerk, or a fixed page such as /impressum) stays on this site.
  return BLATTWERK_ROUTE.test(path) ? path : href;
}

const BLATTWERK_ROUTE = /^\/(artikel|kategorie|schlagwort|autor|serie|info|impressum|datenschutz|barrierefreiheit|leichte-sprache|barriere-melden|suche)(\/|$|\?|#)/;

function finish(run: Run, markdown: string): string {
  return markdown
    .replace(/WPXTOKEN(\d+)X/g, (_, n: string) => run.tokens[Number(n)] ?? "")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Converts one item's content; pure apart from the context's lookups. */
export function convertContent(content: string, ctx: ConvertContext): Converted {
  const run: Run = { ctx, tokens: [], unknown: new Set(), documents: new Set(), captions: [] };
  let html: string;
  let teaserHtml: string | null = null;
  let normalised = content.replace(/\r\n?/g, "\n");
  const downloads = DOWNLOADS.exec(normalised);
  if (downloads) {
    for (const m of downloads[1]!.matchAll(/href="([^"]+)"/g)) rewriteHref(run, decodeHTML(m[1]!));
    normalised = normalised.replace(DOWNLOADS, "");
  }
  if (normalised.includes("<!-- wp:")) {
    ({ html, teaserHtml } = renderBlocks(run, normalised));
  } else {
    const more = /<!--more(.*?)?-->/.exec(normalised);
    if (more) teaserHtml = normalised.slice(0, more.index).replace(SHORTCODE, "");
    html = classic(run, normalised.replace(/<!--more(.*?)?-->/g, "").replace(/<!--noteaser-->/g, ""));
  }
  const markdown = finish(run, turndownFor(run).turndown(html));
  return {
    markdown,
    teaser: teaserHtml === null ? "" : plainText(teaserHtml.replace(/WPXTOKEN\d+X/g, "")),
    unknownShortcodes: [...run.unknown],
    documentIds: [...run.documents],
    captions: run.captions,
  };
}

/** Upload paths a content refers to (images, linked files, galleries), to bring into the library before converting. */
export function referencedUploads(content: string, ctx: Pick<ConvertContext, "ownPath" | "gallery" | "attachmentAt">): string[] {
  const found = new Set<string>();
  for (const m of content.matchAll(/(?:src|href)\s*=\s*["']([^"']+)["']|(https?:\/\/[^\s"'<>\]]+\/wp-content\/uploads\/[^\s"'<>\]]+)/gi)) {
    const path = uploadPathOf(decodeHTML(m[1] ?? m[2]!), ctx);
    if (path) found.add(path);
  }
  for (const m of content.matchAll(/\[gallery\b([^\]]*)\]/gi)) {
    const attrs = shortcodeAttributes(m[1]!);
    const ids = attrs.ids ? attrs.ids.split(",").map((id) => Number(id.trim())).filter((id) => id > 0) : null;
    for (const path of ctx.gallery(ids)) found.add(path);
  }
  for (const m of content.matchAll(/<!-- wp:gallery (\{.*?\}) /g)) {
    try {
      const ids = (JSON.parse(m[1]!) as { ids?: number[] }).ids;
      if (Array.isArray(ids)) for (const path of ctx.gallery(ids)) found.add(path);
    } catch {
      // Not JSON: the images inside the block are found by their src above.
    }
  }
  return [...found];
}
