"use server";

// The user administration's actions; only administrators may act, which db/mutations/users.ts decides.
import { idFrom } from "@/lib/route-params";
import { endAllSessions } from "@/db/mutations/sessions";
import { createUserAsAdmin, deleteUser, updateUserAccess } from "@/db/mutations/users";
import { CONTENT_TAG } from "@/lib/cache-tags";
import type { FormState } from "@/components/dashboard/action-form";
import type { UserRole } from "@/db/schema";
import { tEditorial } from "@/lib/i18n";
import { formAction } from "@/lib/server-action";

const t = tEditorial.users;

// The list beside the forms is read again with the answer: a change shows at once.
const redrawList = { refresh: true };

export async function createUserAction(form: FormData): Promise<FormState> {
  const input = {
    email: String(form.get("email") ?? ""),
    displayName: String(form.get("displayName") ?? ""),
    role: String(form.get("role") ?? ""),
    password: String(form.get("password") ?? ""),
  };
  return formAction(({ db, user }) => createUserAsAdmin(db, user, input), { answer: t.created, invalidate: redrawList });
}

export async function updateUserAction(form: FormData): Promise<FormState> {
  const intent = form.get("intent");
  const change =
    intent === "deactivate" ? { active: false }
    : intent === "activate" ? { active: true }
    : { role: String(form.get("role") ?? "") as UserRole };
  return formAction(({ db, user }) => updateUserAccess(db, user, idFrom(form.get("id")), change), { answer: t.saved, invalidate: redrawList });
}

export async function endUserSessionsAction(form: FormData): Promise<FormState> {
  // Ending one's own sessions ends this one too: the next request goes to the sign-in page.
  return formAction(({ db, user }) => endAllSessions(db, user, idFrom(form.get("id"))), {
    answer: ({ ended }) => t.sessionsEnded(ended),
    invalidate: redrawList,
  });
}

export async function deleteUserAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => deleteUser(db, user, idFrom(form.get("id")), idFrom(form.get("reassignTo"))), {
    answer: t.deleted,
    // The posts now show another author on article, author and list pages: every reader page may have changed.
    invalidate: ({ movedPosts }) => ({ tags: movedPosts > 0 ? [CONTENT_TAG] : [], refresh: true }),
  });
}
