"use server";

// The imprint and the accessibility statement; who may change them is decided in db/mutations/legal.ts.
import type { FormState } from "@/components/dashboard/action-form";
import { saveImpressum, saveStatement } from "@/db/mutations/legal";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";
import { formAction } from "@/lib/server-action";

const saved = { answer: tEditorial.legal.saved, invalidate: { tags: [CONTENT_TAG] } };

export async function saveImpressumAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => saveImpressum(db, user, Object.fromEntries(form)), saved);
}

export async function saveStatementAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => saveStatement(db, user, Object.fromEntries(form)), saved);
}
