// Writes the publication as WXR 1.2, the format WordPress's importer reads: authors, categories (with parents), tags,
// posts (pinned ones as sticky), pages and library files (served under SITE_URL, copied to a folder on request).
// Posts are read in batches and written as a stream, so the size of the archive does not matter.
import "server-only";
import { createWriteStream } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { and, asc, gt, inArray, isNull, ne } from "drizzle-orm";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Database } from "@/db/client";
import { IMPORT_ACCOUNT_EMAIL } from "@/db/mutations/imports";
import { categories, comments, media, pages, postAttachments, postCategories, posts, postTags, redirects, tags, users } from "@/db/schema";
import { embedService } from "@/lib/markdown";
import { servedUrl } from "@/lib/media/view";
import { pagePath } from "@/lib/pages";

/** WordPress ids are one sequence for every kind of item; Blattwerk's pages and files get their own ranges. */
export const EXPORT_ID_OFFSET = { page: 10_000_000, media: 20_000_000, tag: 30_000_000 } as const;

type HastNode = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HastNode[] };

export type ExportOptions = {
  db: Database;
  out: string;
  siteUrl: string;
  siteName: string;
  siteDescription: string;
  /** Where library originals are copied to, in the layout of wp-content/uploads; null copies nothing. */
  mediaDir: string | null;
  /** Reads a stored file's path: the disk store's folder. */
  uploadDir: string;
  now?: Date;
};

export type ExportCounts = { authors: number; categories: number; tags: number; posts: number; pages: number; media: number };

const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" }[c]};`);
/** WordPress keeps names with "&" as "&amp;" (esc_html on save). */
const asHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const wpDate = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 19) : "0000-00-00 00:00:00");

type MediaRow = typeof media.$inferSelect;

/** The servable URL of a library file (the largest JPEG of an image: originals are never served) and its upload path. */
export function exportedFile(row: Pick<MediaRow, "hash" | "kind" | "extension" | "originalName" | "variants" | "createdAt">) {
  const url = servedUrl(row);
  const stem = row.originalName.replace(/\.[^.]+$/, "").replace(/[^\p{L}\p{N}._-]+/gu, "-").slice(0, 80) || "datei";
  const month = row.createdAt.toISOString().slice(0, 7).replace("-", "/");
  return { url, uploadPath: `${month}/${stem}-${row.hash.slice(0, 8)}.${row.extension}` };
}

function htmlProcessor(siteUrl: string, imageUrl: (hash: string) => string | null) {
  const rewrite = () => (tree: HastNode) => {
    const walk = (node: HastNode) => {
      node.children = node.children?.flatMap((child) => {
        if (child.tagName === "img") {
          const match = /^\/medien\/([0-9a-f]{64})\/bild$/.exec(String(child.properties?.src ?? ""));
          if (match) {
            const url = imageUrl(match[1]!);
            if (!url) return [];
            child.properties!.src = url;
          }
        }
        if (child.tagName === "a" && typeof child.properties?.href === "string" && child.properties.href.startsWith("/")) {
          child.properties.href = `${siteUrl}${child.properties.href}`;
        }
        // WordPress embeds a URL standing alone in its paragraph (oEmbed), as Blattwerk shows its placeholder.
        if (child.tagName === "p" && child.children?.length === 1 && child.children[0]!.tagName === "a") {
          const link = child.children[0]!;
          const href = String(link.properties?.href ?? "");
          const label = link.children?.map((c) => c.value ?? "").join("") ?? "";
          // A titled embed keeps its link, which Blattwerk's import reads back with the title.
          if (embedService(href) && label === href) return [{ type: "text", value: `\n${href}\n` }];
        }
        walk(child);
        return [child];
      });
    };
    walk(tree);
  };
  return unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rewrite).use(rehypeStringify).freeze();
}

export async function exportWordpress(options: ExportOptions): Promise<ExportCounts> {
  const { db, siteUrl } = options;
  const counts: ExportCounts = { authors: 0, categories: 0, tags: 0, posts: 0, pages: 0, media: 0 };
  const out = createWriteStream(options.out);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  const now = options.now ?? new Date();

  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<!-- WordPress eXtended RSS (WXR 1.2), written by Blattwerk's export:wordpress. -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>${escapeXml(options.siteName)}</title>
	<link>${escapeXml(siteUrl)}</link>
	<description>${escapeXml(options.siteDescription)}</description>
	<pubDate>${now.toUTCString()}</pubDate>
	<language>de-DE</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${escapeXml(siteUrl)}</wp:base_site_url>
	<wp:base_blog_url>${escapeXml(siteUrl)}</wp:base_blog_url>
`);

  const people = await db
    .select({ id: users.id, slug: users.slug, email: users.email, displayName: users.displayName })
    .from(users)
    .where(ne(users.email, IMPORT_ACCOUNT_EMAIL))
    .orderBy(asc(users.id));
  const loginOf = new Map(people.map((p) => [p.id, p.slug]));
  for (const person of people) {
    const [first = "", ...rest] = person.displayName.split(" ");
    await write(
      `\t<wp:author><wp:author_id>${person.id}</wp:author_id><wp:author_login>${cdata(person.slug)}</wp:author_login><wp:author_email>${cdata(person.email)}</wp:author_email><wp:author_display_name>${cdata(person.displayName)}</wp:author_display_name><wp:author_first_name>${cdata(first)}</wp:author_first_name><wp:author_last_name>${cdata(rest.join(" "))}</wp:author_last_name></wp:author>\n`,
    );
    counts.authors++;
  }

  const cats = await db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.id));
  const catSlug = new Map(cats.map((c) => [c.id, c]));
  // Parents before their children, as WordPress's importer needs them.
  for (const category of [...cats.filter((c) => c.parentId === null), ...cats.filter((c) => c.parentId !== null)]) {
    const parent = category.parentId === null ? "" : (catSlug.get(category.parentId)?.slug ?? "");
    await write(
      `\t<wp:category><wp:term_id>${category.id}</wp:term_id><wp:category_nicename>${cdata(category.slug)}</wp:category_nicename><wp:category_parent>${cdata(parent)}</wp:category_parent><wp:cat_name>${cdata(asHtml(category.name))}</wp:cat_name><wp:category_description>${cdata(asHtml(category.description))}</wp:category_description></wp:category>\n`,
    );
    counts.categories++;
  }
  // Term ids are one sequence in WordPress: tags get theirs from EXPORT_ID_OFFSET.tag on.
  const tagRows = await db.select().from(tags).orderBy(asc(tags.id));
  const tagOf = new Map(tagRows.map((tag) => [tag.id, tag]));
  for (const tag of tagRows) {
    await write(
      `\t<wp:tag><wp:term_id>${EXPORT_ID_OFFSET.tag + tag.id}</wp:term_id><wp:tag_slug>${cdata(tag.slug)}</wp:tag_slug><wp:tag_name>${cdata(asHtml(tag.name))}</wp:tag_name><wp:tag_description>${cdata(asHtml(tag.description))}</wp:tag_description></wp:tag>\n`,
    );
    counts.tags++;
  }

  // Files first: WordPress's importer then knows them when a post names one as its featured image.
  // A deleted file is gone for readers, so it is not exported either (posts keep no reference to it there).
  const files = await db.select().from(media).where(isNull(media.deletedAt)).orderBy(asc(media.id));
  const fileOf = new Map(files.map((f) => [f.hash, f]));
  const exported = new Map(files.map((f) => [f.id, exportedFile(f)]));
  for (const file of files) {
    const { url, uploadPath } = exported.get(file.id)!;
    if (options.mediaDir) {
      const target = path.join(options.mediaDir, uploadPath);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(options.uploadDir, file.hash, `original.${file.extension}`), target).catch(() => undefined);
    }
    const meta: [string, string][] = [["_wp_attached_file", uploadPath]];
    if (file.alt) meta.push(["_wp_attachment_image_alt", file.alt]);
    if (file.credit) meta.push(["_blattwerk_credit", file.credit]);
    if (file.licence) meta.push(["_blattwerk_licence", file.licence]);
    await write(
      item({
        id: EXPORT_ID_OFFSET.media + file.id,
        title: file.title || file.originalName,
        link: `${siteUrl}${url}`,
        creator: loginOf.get(file.uploadedBy ?? -1) ?? "",
        content: "",
        excerpt: file.caption,
        date: file.createdAt,
        modified: file.updatedAt,
        slug: `datei-${file.id}`,
        status: "inherit",
        type: "attachment",
        extra: `\t\t<wp:attachment_url>${cdata(`${siteUrl}${url}`)}</wp:attachment_url>\n`,
        meta,
      }),
    );
    counts.media++;
  }

  const toHtml = htmlProcessor(siteUrl, (hash) => {
    const file = fileOf.get(hash);
    return file ? `${siteUrl}${exported.get(file.id)!.url}` : null;
  });

  for (let after = 0; ; ) {
    const batch = await db
      .select()
      .from(posts)
      .where(and(gt(posts.id, after), isNull(posts.deletedAt)))
      .orderBy(asc(posts.id))
      .limit(500);
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    const ids = batch.map((p) => p.id);
    const [postCats, postTagLinks, downloads, formerSlugs, postComments] = await Promise.all([
      db.select().from(postCategories).where(inArray(postCategories.postId, ids)).orderBy(asc(postCategories.position)),
      db.select().from(postTags).where(inArray(postTags.postId, ids)).orderBy(asc(postTags.position)),
      db.select().from(postAttachments).where(inArray(postAttachments.postId, ids)).orderBy(asc(postAttachments.position)),
      db.select({ postId: redirects.postId, path: redirects.sourcePath }).from(redirects).where(inArray(redirects.postId, ids)),
      // Spam and trash stay behind: WordPress would only hide them again.
      db.select().from(comments).where(and(inArray(comments.postId, ids), inArray(comments.status, ["approved", "pending"]))).orderBy(asc(comments.id)),
    ]);
    for (const post of batch) {
      const status = post.status === "review" ? "pending" : post.status === "draft" ? "draft" : post.publishedAt && post.publishedAt > now ? "future" : "publish";
      const meta: [string, string][] = [];
      if (post.coverMediaId && exported.has(post.coverMediaId)) meta.push(["_thumbnail_id", String(EXPORT_ID_OFFSET.media + post.coverMediaId)]);
      // Former article addresses are what WordPress knows as old slugs; other old addresses have no place in WXR.
      for (const former of formerSlugs.filter((s) => s.postId === post.id && /^\/artikel\/[^/]+$/.test(s.path))) {
        meta.push(["_wp_old_slug", former.path.slice("/artikel/".length)]);
      }
      // Where Yoast SEO, the most used SEO plugin, keeps them.
      if (post.seoTitle) meta.push(["_yoast_wpseo_title", post.seoTitle]);
      if (post.seoDescription) meta.push(["_yoast_wpseo_metadesc", post.seoDescription]);
      if (post.noindex) meta.push(["_yoast_wpseo_meta-robots-noindex", "1"]);
      const docs = downloads.filter((d) => d.postId === post.id).flatMap((d) => {
        const file = files.find((f) => f.id === d.mediaId);
        return file ? [`<li><a href="${escapeXml(`${siteUrl}${exported.get(file.id)!.url}`)}">${asHtml(file.title || file.originalName)}</a></li>`] : [];
      });
      const body = String(await toHtml.process(post.body)) + (docs.length ? `\n<!-- blattwerk:downloads -->\n<h2>Downloads</h2>\n<ul>${docs.join("")}</ul>\n<!-- /blattwerk:downloads -->` : "");
      const terms = postCats
        .filter((pc) => pc.postId === post.id)
        .flatMap((pc) => {
          const category = catSlug.get(pc.categoryId);
          return category ? [`\t\t<category domain="category" nicename="${escapeXml(category.slug)}">${cdata(asHtml(category.name))}</category>\n`] : [];
        });
      for (const link of postTagLinks.filter((pt) => pt.postId === post.id)) {
        const tag = tagOf.get(link.tagId);
        if (tag) terms.push(`\t\t<category domain="post_tag" nicename="${escapeXml(tag.slug)}">${cdata(asHtml(tag.name))}</category>\n`);
      }
      await write(
        item({
          id: post.id,
          title: post.title,
          link: `${siteUrl}/artikel/${post.slug}`,
          creator: loginOf.get(post.authorId) ?? "",
          content: body,
          excerpt: post.excerpt,
          date: post.publishedAt ?? post.createdAt,
          gmtDate: post.status === "published" ? post.publishedAt : null,
          modified: post.updatedAt,
          slug: post.slug,
          status,
          type: "post",
          // WordPress keeps pinned posts as sticky ones.
          sticky: post.pinnedAt !== null && post.status === "published",
          extra: terms.join(""),
          meta,
          comments: postComments.filter((c) => c.postId === post.id).map(commentXml).join(""),
        }),
      );
      counts.posts++;
    }
  }

  for (const page of await db.select().from(pages).orderBy(asc(pages.id))) {
    await write(
      item({
        id: EXPORT_ID_OFFSET.page + page.id,
        title: page.title,
        link: `${siteUrl}${pagePath(page.slug)}`,
        creator: "",
        content: String(await toHtml.process(page.body)),
        excerpt: "",
        date: page.createdAt,
        modified: page.updatedAt,
        slug: page.slug,
        status: page.status === "published" ? "publish" : "draft",
        type: "page",
        extra: "",
        meta: [],
      }),
    );
    counts.pages++;
  }

  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
  return counts;
}

type ItemFields = {
  id: number;
  title: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  date: Date;
  /** Defaults to the date; null writes WordPress's zero date (a draft never published). */
  gmtDate?: Date | null;
  modified: Date;
  slug: string;
  status: string;
  type: string;
  sticky?: boolean;
  extra: string;
  meta: [string, string][];
  comments?: string;
};

/** A comment as WordPress writes it; the address a comment came from is never stored, so none is written. */
function commentXml(c: typeof comments.$inferSelect): string {
  return `\t\t<wp:comment>
			<wp:comment_id>${c.id}</wp:comment_id>
			<wp:comment_author>${cdata(c.authorName)}</wp:comment_author>
			<wp:comment_author_email>${cdata(c.authorEmail)}</wp:comment_author_email>
			<wp:comment_author_url></wp:comment_author_url>
			<wp:comment_author_IP>${cdata("")}</wp:comment_author_IP>
			<wp:comment_date>${cdata(wpDate(c.createdAt))}</wp:comment_date>
			<wp:comment_date_gmt>${cdata(wpDate(c.createdAt))}</wp:comment_date_gmt>
			<wp:comment_content>${cdata(asHtml(c.body))}</wp:comment_content>
			<wp:comment_approved>${cdata(c.status === "approved" ? "1" : "0")}</wp:comment_approved>
			<wp:comment_type>${cdata("comment")}</wp:comment_type>
			<wp:comment_parent>${c.parentId ?? 0}</wp:comment_parent>
			<wp:comment_user_id>${c.userId ?? 0}</wp:comment_user_id>
		</wp:comment>
`;
}

function item(f: ItemFields): string {
  const gmt = f.gmtDate === undefined ? f.date : f.gmtDate;
  return `	<item>
		<title>${cdata(asHtml(f.title))}</title>
		<link>${escapeXml(f.link)}</link>
		<pubDate>${f.date.toUTCString()}</pubDate>
		<dc:creator>${cdata(f.creator)}</dc:creator>
		<guid isPermaLink="false">${escapeXml(f.link)}</guid>
		<description></description>
		<content:encoded>${cdata(f.content)}</content:encoded>
		<excerpt:encoded>${cdata(f.excerpt)}</excerpt:encoded>
		<wp:post_id>${f.id}</wp:post_id>
		<wp:post_date>${cdata(wpDate(f.date))}</wp:post_date>
		<wp:post_date_gmt>${cdata(wpDate(gmt))}</wp:post_date_gmt>
		<wp:post_modified>${cdata(wpDate(f.modified))}</wp:post_modified>
		<wp:post_modified_gmt>${cdata(wpDate(f.modified))}</wp:post_modified_gmt>
		<wp:comment_status>${cdata("closed")}</wp:comment_status>
		<wp:ping_status>${cdata("closed")}</wp:ping_status>
		<wp:post_name>${cdata(f.slug)}</wp:post_name>
		<wp:status>${cdata(f.status)}</wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>${cdata(f.type)}</wp:post_type>
		<wp:post_password>${cdata("")}</wp:post_password>
		<wp:is_sticky>${f.sticky ? 1 : 0}</wp:is_sticky>
${f.extra}${f.meta.map(([key, value]) => `\t\t<wp:postmeta><wp:meta_key>${cdata(key)}</wp:meta_key><wp:meta_value>${cdata(value)}</wp:meta_value></wp:postmeta>\n`).join("")}${f.comments ?? ""}	</item>
`;
}
