// Reader feedback („Barriere melden“): anyone may send it, rate-limited per sender; editors and admins work through it.
import "server-only";
import { and, count, eq, gte, lt, sql } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { z } from "zod";
import { t, tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { feedbackMessages, feedbackStatus, feedbackThrottle } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { recordAudit } from "./audit";

const f = t.feedback;
const m = tEditorial.errors;

export const MAX_PER_SENDER_PER_HOUR = 5;
/** A flood from many addresses at once still cannot fill the table. */
export const MAX_PER_HOUR = 200;

export const feedbackInputSchema = z.object({
  name: z.string().trim().max(120, f.nameTooLong),
  email: z
    .string()
    .trim()
    .max(320, f.emailInvalid)
    .refine((value) => value === "" || z.email().safeParse(value).success, f.emailInvalid),
  pageUrl: z.string().trim().max(500, f.pageUrlTooLong),
  message: z.string().trim().min(1, f.messageRequired).max(5000, f.messageTooLong),
});

export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

/**
 * Stores a message. A filled honeypot is answered like a success and stores nothing, so a bot learns nothing.
 * The throttle row and the message are written together: a refused or failed save counts against no one.
 */
export async function submitFeedback(
  db: Database,
  raw: unknown,
  sender: { key: string; honeypot: string },
): Promise<Result<{ id: number | null }>> {
  const parsed = feedbackInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return refuse(422, f.invalid, fieldErrors);
  }
  if (sender.honeypot.trim() !== "") return { ok: true, value: { id: null } };
  const hourAgo = sql`now() - interval '1 hour'`;
  const [[mine], [all]] = await Promise.all([
    db.select({ n: count() }).from(feedbackThrottle).where(and(eq(feedbackThrottle.key, sender.key), gte(feedbackThrottle.createdAt, hourAgo))),
    db.select({ n: count() }).from(feedbackThrottle).where(gte(feedbackThrottle.createdAt, hourAgo)),
  ]);
  if ((mine?.n ?? 0) >= MAX_PER_SENDER_PER_HOUR || (all?.n ?? 0) >= MAX_PER_HOUR) return refuse(429, f.throttled);
  const id = await db.transaction(async (tx) => {
    await tx.delete(feedbackThrottle).where(lt(feedbackThrottle.createdAt, sql`now() - interval '1 day'`));
    await tx.insert(feedbackThrottle).values({ key: sender.key });
    const [row] = await tx.insert(feedbackMessages).values(parsed.data).returning({ id: feedbackMessages.id });
    return row!.id;
  });
  return { ok: true, value: { id } };
}

export async function setFeedbackStatus(
  db: Database,
  session: SessionRef,
  id: number,
  status: unknown,
): Promise<Result<{ id: number }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageFeedback(actor)) return refuse(403, m.forbidden);
  const parsed = z.enum(feedbackStatus.enumValues).safeParse(status);
  if (!parsed.success) return refuse(422, m.invalid, { status: m.invalid });
  const [row] = await db
    .update(feedbackMessages)
    .set({ status: parsed.data, updatedAt: new Date() })
    .where(eq(feedbackMessages.id, id))
    .returning({ id: feedbackMessages.id });
  return row ? { ok: true, value: row } : refuse(404, tEditorial.feedback.notFound);
}

/** Erasure (Art. 17 DSGVO): admins delete a message for good; the audit log keeps only its number. */
export async function deleteFeedback(db: Database, session: SessionRef, id: number): Promise<Result<{ id: number }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.deleteFeedback(actor)) return refuse(403, m.forbidden);
  const [row] = await db.delete(feedbackMessages).where(eq(feedbackMessages.id, id)).returning({ id: feedbackMessages.id });
  if (!row) return refuse(404, tEditorial.feedback.notFound);
  await recordAudit(db, actor.id, "feedback-deleted", `Nr. ${row.id}`);
  return { ok: true, value: row };
}
