"use server";

// The redirect manager's server actions; the data layer decides who may change redirects. Redirects are answered by
// the proxy, not by cached pages: a change clears what this process remembers (other instances follow within
// seconds) and refreshes the manager's list.
import type { FormState } from "@/components/dashboard/action-form";
import { createRedirect, deleteRedirect, updateRedirect, type SavedRedirect } from "@/db/mutations/redirects";
import { tEditorial } from "@/lib/i18n";
import { idFrom } from "@/lib/route-params";
import { formAction } from "@/lib/server-action";

const t = tEditorial.redirects;

function fields(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return { source: text("source"), status: text("status"), target: text("target") };
}

function saved(success: string) {
  return {
    answer: (saved: SavedRedirect) => (saved.collapsed ? t.collapsed(saved.targetPath) : success),
    invalidate: { redirects: "anywhere" as const, refresh: true },
  };
}

export async function createRedirectAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => createRedirect(db, user, fields(form)), saved(t.added));
}

export async function updateRedirectAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => updateRedirect(db, user, idFrom(form.get("id")), fields(form)), saved(t.saved));
}

export async function deleteRedirectAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => deleteRedirect(db, user, idFrom(form.get("id"))), {
    invalidate: { redirects: "anywhere" },
    redirectTo: "/dashboard/weiterleitungen?geloescht=1",
  });
}
