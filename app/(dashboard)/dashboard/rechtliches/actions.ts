"use server";

import { updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import type { Result } from "@/db/mutations/actor";
import { saveImpressum, saveStatement } from "@/db/mutations/legal";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

function finish(result: Result<unknown>): FormState {
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  updateTag(CONTENT_TAG);
  return { ok: true, message: tEditorial.legal.saved };
}

export async function saveImpressumAction(form: FormData): Promise<FormState> {
  return finish(await saveImpressum(await getDb(), await session(), Object.fromEntries(form)));
}

export async function saveStatementAction(form: FormData): Promise<FormState> {
  return finish(await saveStatement(await getDb(), await session(), Object.fromEntries(form)));
}
