// Reads a kept form draft back by its token: only for the form it was kept for, and only until it expires.
import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { boundDraft, isDraftToken, type DraftForm, type FormDraft } from "@/lib/form-drafts";
import type { Database } from "../client";
import { formDrafts } from "../schema";

export async function findFormDraft<F extends DraftForm>(db: Database, form: F, token: string | undefined): Promise<FormDraft<F> | null> {
  if (!isDraftToken(token)) return null;
  const [row] = await db
    .select({ values: formDrafts.values, message: formDrafts.message, fieldErrors: formDrafts.fieldErrors })
    .from(formDrafts)
    .where(and(eq(formDrafts.token, token), eq(formDrafts.form, form), gt(formDrafts.expiresAt, sql`now()`)));
  return row ? boundDraft(form, row) : null;
}
