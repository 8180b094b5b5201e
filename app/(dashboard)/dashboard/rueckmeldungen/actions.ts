"use server";

// Readers' accessibility feedback; who may handle it is decided in db/mutations/feedback.ts.
import { idFrom } from "@/lib/route-params";
import type { FormState } from "@/components/dashboard/action-form";
import { deleteFeedback, setFeedbackStatus } from "@/db/mutations/feedback";
import { tEditorial } from "@/lib/i18n";
import { formAction } from "@/lib/server-action";

// Feedback is never shown to readers: no reader cache to drop, only the list's counts to redraw.
const redrawList = { refresh: true };

export async function setFeedbackStatusAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => setFeedbackStatus(db, user, idFrom(form.get("id")), form.get("status")), {
    answer: tEditorial.feedback.saved,
    invalidate: redrawList,
  });
}

export async function deleteFeedbackAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => deleteFeedback(db, user, idFrom(form.get("id"))), {
    answer: tEditorial.feedback.deleted,
    invalidate: redrawList,
  });
}
