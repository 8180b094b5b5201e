// Keeps a refused form submission in PostgreSQL for a short while, so any instance can show it again after the
// redirect. Bounded three ways: only the form's fields, each cut to its limit, and at most MAX_LIVE_DRAFTS rows.
import "server-only";
import { lt, sql } from "drizzle-orm";
import { boundDraft, DRAFT_TTL_MINUTES, newDraftToken, type DraftForm } from "@/lib/form-drafts";
import type { Database } from "../client";
import { formDrafts } from "../schema";

/** A flood of refused submissions pushes out the oldest drafts instead of filling the disk (≈ 100 KB each at most). */
export const MAX_LIVE_DRAFTS = 2000;

/** Stores the draft and returns its token for the redirect (`?entwurf=<token>`). */
export async function keepFormDraft(
  db: Database,
  form: DraftForm,
  draft: { values: Record<string, unknown>; message: string; fieldErrors?: Record<string, string> },
): Promise<string> {
  const bounded = boundDraft(form, draft);
  const token = newDraftToken();
  await db.transaction(async (tx) => {
    await tx.delete(formDrafts).where(lt(formDrafts.expiresAt, sql`now()`));
    await tx.insert(formDrafts).values({
      token,
      form,
      values: bounded.values,
      message: bounded.message,
      fieldErrors: bounded.fieldErrors,
      expiresAt: sql`now() + make_interval(mins => ${DRAFT_TTL_MINUTES})`,
    });
    await tx.execute(sql`delete from ${formDrafts} where ${formDrafts.token} in (
      select ${formDrafts.token} from ${formDrafts} order by ${formDrafts.createdAt} desc offset ${MAX_LIVE_DRAFTS})`);
  });
  return token;
}
