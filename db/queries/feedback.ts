// Reader feedback for the dashboard: only editors and admins may read it, since it can hold personal data.
import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { answerDueDate } from "@/lib/feedback";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { loadActor, refuse, type Result, type SessionRef } from "../mutations/actor";
import { feedbackMessages, type FeedbackStatus } from "../schema";

const m = tEditorial.errors;

export type FeedbackRow = {
  id: number;
  name: string;
  email: string;
  message: string;
  pageUrl: string;
  status: FeedbackStatus;
  receivedAt: Date;
  dueAt: Date;
  /** Not answered and past its due date. */
  overdue: boolean;
};

/** Newest first, open ones before answered ones. */
export async function listFeedback(
  db: Database,
  session: SessionRef,
  filter: { status?: FeedbackStatus } = {},
): Promise<Result<FeedbackRow[]>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageFeedback(actor)) return refuse(403, m.forbidden);
  const rows = await db
    .select()
    .from(feedbackMessages)
    .where(filter.status ? eq(feedbackMessages.status, filter.status) : undefined)
    .orderBy(sql`${feedbackMessages.status} = 'beantwortet'`, desc(feedbackMessages.createdAt), desc(feedbackMessages.id))
    .limit(500);
  return {
    ok: true,
    value: rows.map((row) => withDue({
      id: row.id,
      name: row.name,
      email: row.email,
      message: row.message,
      pageUrl: row.pageUrl,
      status: row.status,
      receivedAt: row.createdAt,
    })),
  };
}


function withDue(row: Omit<FeedbackRow, "dueAt" | "overdue">, now = Date.now()): FeedbackRow {
  const dueAt = answerDueDate(row.receivedAt);
  return { ...row, dueAt, overdue: row.status !== "beantwortet" && dueAt.getTime() < now };
}
