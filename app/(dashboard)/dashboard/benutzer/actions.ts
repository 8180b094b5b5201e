"use server";

import { idFrom } from "@/lib/route-params";
import { auth } from "@/auth";
import { getDb } from "@/db/connection";
import { endAllSessions } from "@/db/mutations/sessions";
import { createUserAsAdmin, deleteUser, updateUserAccess } from "@/db/mutations/users";
import { refresh, updateTag } from "next/cache";
import { CONTENT_TAG } from "@/lib/cache-tags";
import type { FormState } from "@/components/dashboard/action-form";
import type { UserRole } from "@/db/schema";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.users;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

export async function createUserAction(form: FormData): Promise<FormState> {
  const result = await createUserAsAdmin(await getDb(), await session(), {
    email: String(form.get("email") ?? ""),
    displayName: String(form.get("displayName") ?? ""),
    role: String(form.get("role") ?? ""),
    password: String(form.get("password") ?? ""),
  });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  // The list beside the form is read again with this answer: the new account shows at once.
  refresh();
  return { ok: true, message: t.created };
}

export async function updateUserAction(form: FormData): Promise<FormState> {
  const intent = form.get("intent");
  const change =
    intent === "deactivate" ? { active: false }
    : intent === "activate" ? { active: true }
    : { role: String(form.get("role") ?? "") as UserRole };
  const result = await updateUserAccess(await getDb(), await session(), idFrom(form.get("id")), change);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  refresh();
  return { ok: true, message: t.saved };
}

export async function endUserSessionsAction(form: FormData): Promise<FormState> {
  const result = await endAllSessions(await getDb(), await session(), idFrom(form.get("id")));
  if (!result.ok) return { ok: false, message: result.message };
  // Ending one's own sessions ends this one too: the next request goes to the sign-in page.
  refresh();
  return { ok: true, message: t.sessionsEnded(result.value.ended) };
}

export async function deleteUserAction(form: FormData): Promise<FormState> {
  const result = await deleteUser(await getDb(), await session(), idFrom(form.get("id")), idFrom(form.get("reassignTo")));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  // The posts now show another author on article, author and list pages: every reader page may have changed.
  if (result.value.movedPosts > 0) updateTag(CONTENT_TAG);
  refresh();
  return { ok: true, message: t.deleted };
}
