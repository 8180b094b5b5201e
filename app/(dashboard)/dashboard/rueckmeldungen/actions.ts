"use server";

import { idFrom } from "@/lib/route-params";
import { refresh } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import { deleteFeedback, setFeedbackStatus } from "@/db/mutations/feedback";
import { tEditorial } from "@/lib/i18n";

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

export async function setFeedbackStatusAction(form: FormData): Promise<FormState> {
  const result = await setFeedbackStatus(await getDb(), await session(), idFrom(form.get("id")), form.get("status"));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  // Feedback is never shown to readers: no reader cache to drop, only the list's counts to redraw.
  refresh();
  return { ok: true, message: tEditorial.feedback.saved };
}

export async function deleteFeedbackAction(form: FormData): Promise<FormState> {
  const result = await deleteFeedback(await getDb(), await session(), idFrom(form.get("id")));
  if (!result.ok) return { ok: false, message: result.message };
  refresh();
  return { ok: true, message: tEditorial.feedback.deleted };
}
