// Writes of comments: readers submit (validated, throttled, sorted by the spam rules), moderators decide. Every
// moderation write checks, per comment, that the acting user may moderate the post it belongs to.
import "server-only";
import { and, count, eq, gte, inArray, lt, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { BODY_MAX, BODY_MIN, hasControlCharacters, NAME_MAX, spamReasonOf, type SpamReason } from "@/lib/comments";
import { blockListOf, COMMENT_SETTINGS_KEY, fromCommentSettings, type CommentSettings } from "@/lib/comment-settings";
import { tComments, tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { commentsOpenFor, readCommentSettings } from "../queries/comments";
import { readerVisibleAndDue } from "../queries/visibility";
import { comments, commentThrottle, posts, siteSettings, users, type CommentStatus } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";

const c = tComments;
const d = tComments.dashboard;
const m = tEditorial.errors;

/** Per sender (salted hash of the address) and hour. */
export const MAX_PER_SENDER_PER_HOUR = 5;
/** All senders together: a flood from many addresses still cannot fill the queue without bound. */
export const MAX_PER_HOUR = 500;
/** A form sent sooner than this after it was served is a script's, not a reader's. */
export const MIN_FILL_SECONDS = 3;
/** A text already posted in this window counts as repeated. */
const DUPLICATE_WINDOW = sql`interval '30 days'`;

const bodySchema = z
  .string()
  .refine((value) => !hasControlCharacters(value), c.controlCharacters)
  .transform((value) => value.trim())
  .superRefine((value, ctx) => {
    if (value.length < BODY_MIN) ctx.addIssue({ code: "custom", message: c.bodyTooShort });
    else if (value.length > BODY_MAX) ctx.addIssue({ code: "custom", message: c.bodyTooLong(value.length) });
  });

export const commentInputSchema = z.object({
  name: z
    .string()
    .refine((value) => !hasControlCharacters(value), c.controlCharacters)
    .transform((value) => value.trim())
    .pipe(z.string().min(1, c.nameRequired).max(NAME_MAX, c.nameTooLong)),
  email: z
    .string()
    .trim()
    .max(320, c.emailInvalid)
    .refine((value) => value === "" || z.email().safeParse(value).success, c.emailInvalid)
    .transform((value) => value.toLowerCase()),
  body: bodySchema,
  parentId: z
    .string()
    .trim()
    .regex(/^\d{0,9}$/, c.parentUnknown)
    .transform((value) => (value === "" ? null : Number(value))),
});

export type CommentInput = z.input<typeof commentInputSchema>;

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
  return fieldErrors;
}

export type SubmitOutcome = { id: number | null; status: CommentStatus | null; postId: number };

/** The sender as the route sees it: the throttle key, the honeypot and how long the form was open (null: unknown). */
export type Sender = { key: string; honeypot: string; formAgeSeconds: number | null; minFillSeconds?: number };

/**
 * Stores a reader's comment. A filled honeypot or a form sent too fast is answered like a success and stores
 * nothing, so a bot learns nothing. The throttle row and the comment are written together.
 */
export async function submitComment(db: Database, postId: number, raw: CommentInput, sender: Sender): Promise<Result<SubmitOutcome>> {
  const parsed = commentInputSchema.safeParse(raw);
  if (!parsed.success) return refuse(422, c.invalid, fieldErrorsOf(parsed.error));
  const [post] = await db
    .select({ id: posts.id, commentsOpen: posts.commentsOpen, publishedAt: posts.publishedAt })
    .from(posts)
    .where(and(eq(posts.id, postId), readerVisibleAndDue));
  if (!post) return refuse(404, c.postUnknown);
  const settings = await readCommentSettings(db);
  if (!commentsOpenFor(post, settings)) return refuse(409, c.closed);
  if (sender.honeypot.trim() !== "" || sender.formAgeSeconds === null || sender.formAgeSeconds < (sender.minFillSeconds ?? MIN_FILL_SECONDS)) {
    return { ok: true, value: { id: null, status: null, postId } };
  }
  const input = parsed.data;
  const parentId = input.parentId === null ? null : await threadRootOf(db, postId, input.parentId);
  if (parentId === undefined) return refuse(422, c.invalid, { body: c.parentUnknown });

  const hourAgo = sql`now() - interval '1 hour'`;
  const [[mine], [all]] = await Promise.all([
    db.select({ n: count() }).from(commentThrottle).where(and(eq(commentThrottle.key, sender.key), gte(commentThrottle.createdAt, hourAgo))),
    db.select({ n: count() }).from(commentThrottle).where(gte(commentThrottle.createdAt, hourAgo)),
  ]);
  if ((mine?.n ?? 0) >= MAX_PER_SENDER_PER_HOUR || (all?.n ?? 0) >= MAX_PER_HOUR) return refuse(429, c.throttled);

  const spamReason = spamReasonOf(input, blockListOf(settings)) ?? (await repeated(db, input.body));
  const status = spamReason ? "spam" : (await knownCommenter(db, settings, input.email)) ? "approved" : "pending";
  const id = await db.transaction(async (tx) => {
    await tx.delete(commentThrottle).where(lt(commentThrottle.createdAt, sql`now() - interval '1 day'`));
    await tx.insert(commentThrottle).values({ key: sender.key });
    const [row] = await tx
      .insert(comments)
      .values({ postId, parentId, authorName: input.name, authorEmail: input.email, body: input.body, status, spamReason })
      .returning({ id: comments.id });
    return row!.id;
  });
  return { ok: true, value: { id, status, postId } };
}

/** The top-level comment a reply belongs to (a reply to a reply joins the same thread), or undefined if none is visible. */
async function threadRootOf(db: Database, postId: number, parentId: number): Promise<number | undefined> {
  const [parent] = await db
    .select({ id: comments.id, parentId: comments.parentId })
    .from(comments)
    .where(and(eq(comments.id, parentId), eq(comments.postId, postId), eq(comments.status, "approved")));
  return parent ? (parent.parentId ?? parent.id) : undefined;
}

async function repeated(db: Database, body: string): Promise<SpamReason | null> {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(sql`md5(${comments.body}) = md5(${body})`, gte(comments.createdAt, sql`now() - ${DUPLICATE_WINDOW}`)))
    .limit(1);
  return row ? "duplicate" : null;
}

async function knownCommenter(db: Database, settings: CommentSettings, email: string): Promise<boolean> {
  if (!settings.autoApproveKnown || email === "") return false;
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.authorEmail, email), eq(comments.status, "approved")))
    .limit(1);
  return Boolean(row);
}

// ---- Moderation ----

export const moderationActions = ["approve", "unapprove", "spam", "trash", "restore", "delete"] as const;
export type ModerationAction = (typeof moderationActions)[number];
/** One bulk action touches at most this many comments (a page of the queue is 20). */
export const MAX_BULK = 200;

/** postIds: every post touched; readerPostIds: those whose readers see a difference (their caches are dropped). */
type Moderated = { postIds: number[]; readerPostIds: number[]; changed: number };

/**
 * Loads the comments with their posts' authors and checks every one: an unknown id is a 404, a single comment the
 * user may not moderate refuses the whole action (403), so a bulk action never half-happens.
 */
async function authoriseComments(db: Database, session: SessionRef, ids: number[]) {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0);
  if (unique.length === 0 || unique.length > MAX_BULK || unique.length !== ids.length) return refuse(422, d.bulkNone);
  const rows = await db
    .select({ id: comments.id, postId: comments.postId, status: comments.status, previousStatus: comments.previousStatus, authorId: posts.authorId })
    .from(comments)
    .innerJoin(posts, eq(posts.id, comments.postId))
    .where(inArray(comments.id, unique));
  if (rows.length !== unique.length) return refuse(404, d.notFound);
  if (!rows.every((row) => can.moderateComments(actor, row))) return refuse(403, m.forbidden);
  return { ok: true as const, actor, rows };
}

export async function moderateComments(db: Database, session: SessionRef, ids: number[], action: unknown): Promise<Result<Moderated>> {
  const parsedAction = z.enum(moderationActions).safeParse(action);
  if (!parsedAction.success) return refuse(422, m.invalid);
  const allowed = await authoriseComments(db, session, ids);
  if (!allowed.ok) return allowed;
  const { rows } = allowed;
  const postIds = [...new Set(rows.map((row) => row.postId))];
  const all = rows.map((row) => row.id);
  const becomesVisible = (row: (typeof rows)[number]) =>
    parsedAction.data === "approve" || (parsedAction.data === "restore" && row.previousStatus === "approved");
  const readerPostIds = [...new Set(rows.filter((row) => row.status === "approved" || becomesVisible(row)).map((row) => row.postId))];
  const now = sql`now()`;
  await db.transaction(async (tx) => {
    switch (parsedAction.data) {
      case "delete":
        await tx.delete(comments).where(inArray(comments.id, all));
        return;
      case "approve":
        await tx.update(comments).set({ status: "approved", previousStatus: null, updatedAt: now }).where(inArray(comments.id, all));
        return;
      case "unapprove":
        await tx.update(comments).set({ status: "pending", previousStatus: null, updatedAt: now }).where(inArray(comments.id, all));
        return;
      case "spam":
      case "trash": {
        const target = parsedAction.data;
        // The status before spam or trash is remembered once, so spam → trash → restore still returns to it.
        await tx
          .update(comments)
          .set({
            status: target,
            previousStatus: sql`case when ${comments.status} in ('spam', 'trash') then ${comments.previousStatus} else ${comments.status} end`,
            updatedAt: now,
          })
          .where(and(inArray(comments.id, all), ne(comments.status, target)));
        return;
      }
      case "restore":
        await tx
          .update(comments)
          .set({ status: sql`coalesce(${comments.previousStatus}, 'pending')`, previousStatus: null, spamReason: null, updatedAt: now })
          .where(and(inArray(comments.id, all), inArray(comments.status, ["spam", "trash"])));
        return;
    }
  });
  return { ok: true, value: { postIds, readerPostIds, changed: all.length } };
}

export async function editComment(db: Database, session: SessionRef, id: number, body: unknown): Promise<Result<Moderated>> {
  const allowed = await authoriseComments(db, session, [id]);
  if (!allowed.ok) return allowed;
  const parsed = bodySchema.safeParse(typeof body === "string" ? body : "");
  if (!parsed.success) return refuse(422, m.invalid, { body: parsed.error.issues[0]?.message ?? m.invalid });
  await db.update(comments).set({ body: parsed.data, editedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(comments.id, id));
  const row = allowed.rows[0]!;
  return { ok: true, value: { postIds: [row.postId], readerPostIds: row.status === "approved" ? [row.postId] : [], changed: 1 } };
}

/** The editorial team's answer: published at once, in the thread of the comment it answers, marked „Redaktion“. */
export async function replyToComment(db: Database, session: SessionRef, id: number, body: unknown): Promise<Result<Moderated & { id: number }>> {
  const allowed = await authoriseComments(db, session, [id]);
  if (!allowed.ok) return allowed;
  const parsed = bodySchema.safeParse(typeof body === "string" ? body : "");
  if (!parsed.success) return refuse(422, m.invalid, { body: parsed.error.issues[0]?.message ?? m.invalid });
  const [parent] = await db.select({ id: comments.id, parentId: comments.parentId, postId: comments.postId }).from(comments).where(eq(comments.id, id));
  const [me] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, allowed.actor.id));
  const [row] = await db
    .insert(comments)
    .values({
      postId: parent!.postId,
      parentId: parent!.parentId ?? parent!.id,
      userId: allowed.actor.id,
      authorName: me!.name,
      body: parsed.data,
      status: "approved",
    })
    .returning({ id: comments.id });
  // Answering a waiting comment means accepting it: a reply under a hidden comment would stand alone.
  await db.update(comments).set({ status: "approved", previousStatus: null, updatedAt: sql`now()` }).where(and(eq(comments.id, id), eq(comments.status, "pending")));
  return { ok: true, value: { id: row!.id, postIds: [parent!.postId], readerPostIds: [parent!.postId], changed: 1 } };
}

const settingsSchema = z.object({
  defaultOpen: z.boolean(),
  closeAfterDays: z.coerce.number().int(d.closeAfterDaysInvalid).min(0, d.closeAfterDaysInvalid).max(3650, d.closeAfterDaysInvalid),
  autoApproveKnown: z.boolean(),
  blockList: z
    .string()
    .max(50_000, d.blockListTooLong)
    .refine((text) => {
      const lines = text.split(/\r?\n/);
      return lines.length <= 500 && lines.every((line) => line.length <= 100);
    }, d.blockListTooLong)
    .refine((text) => !hasControlCharacters(text.replace(/\r/g, "")), c.controlCharacters),
});

export async function saveCommentSettings(db: Database, session: SessionRef, raw: unknown): Promise<Result<CommentSettings>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageCommentSettings(actor)) return refuse(403, m.forbidden);
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) return refuse(422, m.invalid, fieldErrorsOf(parsed.error));
  const value = fromCommentSettings(parsed.data);
  await db
    .insert(siteSettings)
    .values({ key: COMMENT_SETTINGS_KEY, value })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedAt: sql`now()` } });
  return { ok: true, value: parsed.data };
}

/** A post's own choice (true/false) or null to follow the site's default. Not a content change: no new version. */
export async function setPostCommentsOpen(db: Database, session: SessionRef, postId: number, open: boolean | null): Promise<Result<{ postId: number }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  const [post] = await db.select({ authorId: posts.authorId }).from(posts).where(eq(posts.id, postId));
  if (!post) return refuse(404, m.notFound);
  if (!can.moderateComments(actor, post)) return refuse(403, m.forbidden);
  await db.update(posts).set({ commentsOpen: open }).where(eq(posts.id, postId));
  return { ok: true, value: { postId } };
}

const erasureSchema = z.string().trim().toLowerCase().pipe(z.email(m.emailInvalid));

/** Art. 17 DSGVO: every comment written under this e-mail address, on every post, deleted for good. Admins only. */
export async function eraseCommentsByEmail(db: Database, session: SessionRef, email: unknown): Promise<Result<Moderated>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.eraseComments(actor)) return refuse(403, m.forbidden);
  const parsed = erasureSchema.safeParse(typeof email === "string" ? email : "");
  if (!parsed.success) return refuse(422, m.invalid, { email: m.emailInvalid });
  const deleted = await db.delete(comments).where(eq(comments.authorEmail, parsed.data)).returning({ postId: comments.postId, status: comments.status });
  const postIdsOf = (list: typeof deleted) => [...new Set(list.map((row) => row.postId))];
  return {
    ok: true,
    value: { postIds: postIdsOf(deleted), readerPostIds: postIdsOf(deleted.filter((row) => row.status === "approved")), changed: deleted.length },
  };
}
