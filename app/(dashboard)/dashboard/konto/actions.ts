"use server";

// The signed-in user's own account: password and sessions. Both end every session, this one included.
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import { endAllSessions } from "@/db/mutations/sessions";
import { changeOwnPassword } from "@/db/mutations/users";

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

export async function changePasswordAction(form: FormData): Promise<FormState> {
  const result = await changeOwnPassword(await getDb(), await session(), {
    current: String(form.get("current") ?? ""),
    password: String(form.get("password") ?? ""),
  });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  redirect("/anmelden?callbackUrl=%2Fdashboard%2Fkonto");
}

export async function endOwnSessionsAction(): Promise<FormState> {
  const ref = await session();
  const result = await endAllSessions(await getDb(), ref, ref?.id ?? 0);
  if (!result.ok) return { ok: false, message: result.message };
  redirect("/anmelden");
}
