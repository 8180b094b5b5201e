"use server";

// The signed-in user's own account: password and sessions. Both end every session, this one included.
import type { FormState } from "@/components/dashboard/action-form";
import { endAllSessions } from "@/db/mutations/sessions";
import { changeOwnPassword } from "@/db/mutations/users";
import { formAction } from "@/lib/server-action";

export async function changePasswordAction(form: FormData): Promise<FormState> {
  const input = { current: String(form.get("current") ?? ""), password: String(form.get("password") ?? "") };
  return formAction(({ db, user }) => changeOwnPassword(db, user, input), { redirectTo: "/anmelden?callbackUrl=%2Fdashboard%2Fkonto" });
}

export async function endOwnSessionsAction(): Promise<FormState> {
  return formAction(({ db, user }) => endAllSessions(db, user, user.id), { redirectTo: "/anmelden" });
}
