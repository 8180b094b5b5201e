"use server";

// The redirect manager's server actions. Each is a public HTTP endpoint: it resolves the session itself and leaves
// every decision about rights to the data layer. Redirects are answered by the proxy, not by cached pages: a change
// clears what this process remembers (other instances follow within seconds) and refreshes the manager's list.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import type { Result } from "@/db/mutations/actor";
import { createRedirect, deleteRedirect, updateRedirect, type SavedRedirect } from "@/db/mutations/redirects";
import { forgetRedirects } from "@/db/queries/redirects";
import { tEditorial } from "@/lib/i18n";
import { idFrom } from "@/lib/route-params";

const t = tEditorial.redirects;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

function fields(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return { source: text("source"), status: text("status"), target: text("target") };
}

function finish(result: Result<SavedRedirect>, success: string): FormState {
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  forgetRedirects();
  refresh();
  return { ok: true, message: result.value.collapsed ? t.collapsed(result.value.targetPath) : success };
}

export async function createRedirectAction(form: FormData): Promise<FormState> {
  return finish(await createRedirect(await getDb(), await session(), fields(form)), t.added);
}

export async function updateRedirectAction(form: FormData): Promise<FormState> {
  return finish(await updateRedirect(await getDb(), await session(), idFrom(form.get("id")), fields(form)), t.saved);
}

export async function deleteRedirectAction(form: FormData): Promise<FormState> {
  const result = await deleteRedirect(await getDb(), await session(), idFrom(form.get("id")));
  if (!result.ok) return { ok: false, message: result.message };
  forgetRedirects();
  redirect("/dashboard/weiterleitungen?geloescht=1");
}
