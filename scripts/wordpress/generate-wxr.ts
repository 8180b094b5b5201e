// A synthetic WordPress export of any size for the import benchmark: authors, nested categories, tags, posts in
// classic and block markup with links between them, old slugs, sticky posts and threaded comments. Written as a
// stream, so generating 10,000 posts needs no more memory than one.
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const words = ["Bürgerdialog", "Rathaus", "Instagram", "Barrierefreiheit", "Datenschutz", "Mastodon", "Ehrenamt", "Hochwasser", "Wahl", "Bibliothek", "Schule", "Radweg", "Stadtrat", "Haushalt", "Klimaschutz", "Feuerwehr"];
const w = (n: number, salt: number) => words[((n * 7 + salt * 13) >>> 0) % words.length]!;
const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
const date = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 3_600_000 * 7).toISOString().replace("T", " ").slice(0, 19);

export type GeneratedSize = { posts: number; authors: number; categories: number; tags: number };

function classic(n: number, base: string): string {
  return `${w(n, 1)} und ${w(n, 2)}: Was die Verwaltung &amp; die Bürgerinnen und Bürger davon haben. 😀
<!--more-->
Im <strong>${w(n, 3)}</strong> wurde lange über „${w(n, 4)}“ gesprochen. Mehr im <a href="${base}/${date(n - 1).slice(0, 4)}/${date(n - 1).slice(5, 7)}/beitrag-${n - 1}/">vorigen Beitrag</a>.

<ul>
<li>${w(n, 5)}</li>
<li>${w(n, 6)}</li>
</ul>

https://www.youtube.com/watch?v=abc${n}

${"Ein Absatz mit etwas Text, damit der Beitrag die Länge eines echten hat. ".repeat(8)}

[gallery ids="${n}"]`;
}

function blocks(n: number, base: string): string {
  return `<!-- wp:paragraph -->
<p>${w(n, 1)} im Überblick – mit <em>${w(n, 2)}</em> &amp; ${w(n, 3)}.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading">${w(n, 4)}</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>${"Ein Absatz im Block-Editor, so lang wie in einem echten Beitrag. ".repeat(8)}</p>
<!-- /wp:paragraph -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Tag</th><th>Zeit</th></tr></thead><tbody><tr><td>Montag</td><td>8–12</td></tr></tbody></table></figure>
<!-- /wp:table -->

<!-- wp:paragraph -->
<p>Siehe <a href="${base}/?p=${n - 1}">den vorigen Beitrag</a> und die <a href="${base}/category/thema-${n % 10}/">Kategorie</a>.</p>
<!-- /wp:paragraph -->

<!-- wp:embed {"url":"https://vimeo.com/${n}"} -->
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
https://vimeo.com/${n}
</div></figure>
<!-- /wp:embed -->`;
}

function comment(id: number, parent: number, n: number, approved: string): string {
  return `<wp:comment><wp:comment_id>${id}</wp:comment_id><wp:comment_author>${cdata(`Leserin ${id}`)}</wp:comment_author><wp:comment_author_email>${cdata(`leserin${id}@leser.example`)}</wp:comment_author_email><wp:comment_author_url></wp:comment_author_url><wp:comment_author_IP>${cdata("192.0.2.1")}</wp:comment_author_IP><wp:comment_date>${cdata(date(n))}</wp:comment_date><wp:comment_date_gmt>${cdata(date(n))}</wp:comment_date_gmt><wp:comment_content>${cdata(`Danke für den Beitrag über ${w(n, id)}!`)}</wp:comment_content><wp:comment_approved>${cdata(approved)}</wp:comment_approved><wp:comment_type>${cdata("comment")}</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>`;
}

export async function generateWxr(file: string, size: GeneratedSize, base = "https://bench.example"): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Benchmark-Blog</title><link>${base}</link><language>de-DE</language>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${base}</wp:base_site_url><wp:base_blog_url>${base}</wp:base_blog_url>
`);
  for (let a = 1; a <= size.authors; a++) {
    await write(`<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login>${cdata(`autor${a}`)}</wp:author_login><wp:author_email>${cdata(`autor${a}@bench.example`)}</wp:author_email><wp:author_display_name>${cdata(`Autorin ${a}`)}</wp:author_display_name></wp:author>\n`);
  }
  for (let c = 0; c < size.categories; c++) {
    const parent = c >= 10 ? `thema-${c % 10}` : "";
    const term = `<wp:term_id>${c + 1}</wp:term_id>`;
    await write(`<wp:category>${term}<wp:category_nicename>${cdata(`thema-${c}`)}</wp:category_nicename><wp:category_parent>${cdata(parent)}</wp:category_parent><wp:cat_name>${cdata(`Thema ${c} &amp; mehr`)}</wp:cat_name></wp:category>\n`);
    await write(`<wp:term>${term}<wp:term_taxonomy>${cdata("category")}</wp:term_taxonomy><wp:term_slug>${cdata(`thema-${c}`)}</wp:term_slug><wp:term_parent>${cdata(parent)}</wp:term_parent><wp:term_name>${cdata(`Thema ${c} &amp; mehr`)}</wp:term_name></wp:term>\n`);
  }
  for (let t = 0; t < size.tags; t++) {
    const id = 1000 + t;
    await write(`<wp:tag><wp:term_id>${id}</wp:term_id><wp:tag_slug>${cdata(`schlagwort-${t}`)}</wp:tag_slug><wp:tag_name>${cdata(`${w(t, 1)} ${t}`)}</wp:tag_name></wp:tag>\n`);
    await write(`<wp:term><wp:term_id>${id}</wp:term_id><wp:term_taxonomy>${cdata("post_tag")}</wp:term_taxonomy><wp:term_slug>${cdata(`schlagwort-${t}`)}</wp:term_slug><wp:term_name>${cdata(`${w(t, 1)} ${t}`)}</wp:term_name></wp:term>\n`);
  }
  let commentId = 1;
  for (let n = 1; n <= size.posts; n++) {
    const d = date(n);
    const link = `${base}/${d.slice(0, 4)}/${d.slice(5, 7)}/beitrag-${n}/`;
    const cats = Array.from({ length: 1 + (n % 3) }, (_, i) => (n + i * 11) % size.categories);
    const tags = Array.from({ length: 2 + (n % 3) }, (_, i) => (n * 3 + i * 17) % size.tags);
    const status = n % 50 === 0 ? "draft" : n % 97 === 0 ? "private" : "publish";
    const first = commentId;
    const comments = [comment(commentId++, 0, n, "1"), comment(commentId++, first, n, "1"), comment(commentId++, 0, n, n % 2 ? "0" : "spam")];
    await write(`<item>
<title>${cdata(`${w(n, 9)} in der Stadt: ${w(n, 7)} (${n})`)}</title>
<link>${link}</link>
<dc:creator>${cdata(`autor${1 + (n % size.authors)}`)}</dc:creator>
<guid isPermaLink="false">${base}/?p=${n}</guid>
<content:encoded>${cdata(n % 2 ? classic(n, base) : blocks(n, base))}</content:encoded>
<excerpt:encoded>${cdata(n % 4 === 0 ? `Kurzfassung zu ${w(n, 8)}.` : "")}</excerpt:encoded>
<wp:post_id>${n}</wp:post_id>
<wp:post_date>${cdata(d)}</wp:post_date><wp:post_date_gmt>${cdata(d)}</wp:post_date_gmt>
<wp:post_modified>${cdata(d)}</wp:post_modified><wp:post_modified_gmt>${cdata(d)}</wp:post_modified_gmt>
<wp:post_name>${cdata(`beitrag-${n}`)}</wp:post_name>
<wp:status>${cdata(status)}</wp:status><wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order>
<wp:post_type>${cdata("post")}</wp:post_type><wp:post_password>${cdata("")}</wp:post_password><wp:is_sticky>${n % 1000 === 0 ? 1 : 0}</wp:is_sticky>
${cats.map((c) => `<category domain="category" nicename="thema-${c}">${cdata(`Thema ${c} &amp; mehr`)}</category>`).join("")}
${tags.map((t) => `<category domain="post_tag" nicename="schlagwort-${t}">${cdata(`${w(t, 1)} ${t}`)}</category>`).join("")}
${n % 10 === 0 ? `<wp:postmeta><wp:meta_key>${cdata("_wp_old_slug")}</wp:meta_key><wp:meta_value>${cdata(`alter-beitrag-${n}`)}</wp:meta_value></wp:postmeta>` : ""}
${comments.join("\n")}
</item>
`);
  }
  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
  return bytes;
}
