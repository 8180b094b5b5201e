// Changes to a post beside its content: who wrote it, when it counts as published, and a copy as a new draft. Each
// decides itself who may do it; none needs the editor's version, as none touches what the editor is writing.
import "server-only";
import { eq, like, or } from "drizzle-orm";
import { can } from "@/lib/permissions";
import { slugFromTitle } from "@/lib/slug";
import type { Database } from "../client";
import { postAttachments, postCategories, posts, postTags, redirects, users, type Post } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { recordRevision, setAttachments, setCategories } from "./posts";
import { writeVersioned } from "./revisions";
import { setPostTags } from "./tags";
import type { Actor } from "@/lib/permissions";
import { tEditorial } from "@/lib/i18n";

const m = tEditorial.errors;
const p = tEditorial.postTools.tools;

async function loadVisible(db: Database, session: SessionRef, id: number): Promise<Result<{ actor: Actor; post: Post }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return refuse(404, m.notFound);
  const [post] = await db.select().from(posts).where(eq(posts.id, id));
  if (!post || !can.viewPost(actor, post)) return refuse(404, m.notFound);
  return { ok: true, value: { actor, post } };
}

/** Editors and admins give a post to another active account; the byline and both author pages change. */
export async function changePostAuthor(db: Database, session: SessionRef, id: number, authorId: number): Promise<Result<{ id: number }>> {
  const loaded = await loadVisible(db, session, id);
  if (!loaded.ok) return loaded;
  const { actor, post } = loaded.value;
  if (!can.assignAuthor(actor)) return refuse(403, m.forbidden);
  if (post.deletedAt) return refuse(409, m.inTrash, undefined, "invalid");
  const [author] =
    Number.isInteger(authorId) && authorId > 0 && authorId <= 2_147_483_647
      ? await db.select({ id: users.id, active: users.active }).from(users).where(eq(users.id, authorId))
      : [];
  if (!author || !author.active) return refuse(422, m.invalid, { authorId: p.authorUnknown });
  if (author.id === post.authorId) return { ok: true, value: { id } };
  return db.transaction(async (tx) => {
    const updated = await writeVersioned(tx, "post", id, post.version, { authorId: author.id });
    if (!updated) return refuse(409, m.stale);
    if (updated.status === "published") await recordRevision(tx, updated, actor.id);
    return { ok: true as const, value: { id } };
  });
}

/**
 * Backdating: a published post gets an earlier publication date and stays published, taking its place in every
 * list by that date. A date in the future is scheduling, which has its own button.
 */
export async function setPublicationDate(db: Database, session: SessionRef, id: number, at: Date | null): Promise<Result<{ id: number }>> {
  const loaded = await loadVisible(db, session, id);
  if (!loaded.ok) return loaded;
  const { actor, post } = loaded.value;
  if (!can.publish(actor)) return refuse(403, m.forbidden);
  if (post.deletedAt) return refuse(409, m.inTrash, undefined, "invalid");
  if (post.status !== "published" || !post.publishedAt || post.publishedAt > new Date()) {
    return refuse(409, p.backdateNotLive, undefined, "invalid");
  }
  if (!at) return refuse(422, m.invalid, { publishedAt: m.dateInvalid });
  if (at.getTime() > Date.now()) return refuse(422, m.invalid, { publishedAt: p.backdateFuture });
  if (at.getFullYear() < 1990) return refuse(422, m.invalid, { publishedAt: m.dateInvalid });
  return db.transaction(async (tx) => {
    const updated = await writeVersioned(tx, "post", id, post.version, { publishedAt: at });
    if (!updated) return refuse(409, m.stale);
    await recordRevision(tx, updated, actor.id);
    return { ok: true as const, value: { id } };
  });
}

/**
 * A free address for a copy: the title's slug, or it with -2, -3 … A former address (redirected or gone) is not free
 * either: the copy must not take it over from the post it leads to.
 */
async function freeSlug(db: Database, base: string): Promise<string> {
  const [current, former] = await Promise.all([
    db.select({ slug: posts.slug }).from(posts).where(or(eq(posts.slug, base), like(posts.slug, `${base}-%`))),
    db
      .select({ path: redirects.sourcePath })
      .from(redirects)
      .where(or(eq(redirects.sourcePath, `/artikel/${base}`), like(redirects.sourcePath, `/artikel/${base}-%`))),
  ]);
  const taken = new Set([...current.map((r) => r.slug), ...former.map((r) => r.path.slice("/artikel/".length))]);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** „Duplizieren“: a new draft with the post's content, by the acting user, without its revisions, comments or date. */
export async function duplicatePost(db: Database, session: SessionRef, id: number): Promise<Result<{ id: number }>> {
  const loaded = await loadVisible(db, session, id);
  if (!loaded.ok) return loaded;
  const { actor, post } = loaded.value;
  if (!can.createPost(actor)) return refuse(403, m.forbidden);
  const title = p.copyOf(post.title).slice(0, 200);
  const slug = await freeSlug(db, slugFromTitle(title).slice(0, 70) || "kopie");
  const [cats, attachments, tagLinks] = await Promise.all([
    db.select({ id: postCategories.categoryId }).from(postCategories).where(eq(postCategories.postId, id)).orderBy(postCategories.position),
    db.select({ id: postAttachments.mediaId }).from(postAttachments).where(eq(postAttachments.postId, id)).orderBy(postAttachments.position),
    db.select({ id: postTags.tagId }).from(postTags).where(eq(postTags.postId, id)).orderBy(postTags.position),
  ]);
  return db.transaction(async (tx) => {
    const [copy] = await tx
      .insert(posts)
      .values({
        title,
        slug,
        excerpt: post.excerpt,
        body: post.body,
        status: "draft",
        authorId: actor.id,
        coverMediaId: post.coverMediaId,
        seriesId: post.seriesId,
        seriesPosition: post.seriesPosition,
      })
      .returning({ id: posts.id });
    await setCategories(tx, copy!.id, cats.map((row) => row.id));
    await setAttachments(tx, copy!.id, attachments.map((row) => row.id));
    await setPostTags(tx, copy!.id, tagLinks.map((row) => row.id));
    return { ok: true as const, value: { id: copy!.id } };
  });
}

