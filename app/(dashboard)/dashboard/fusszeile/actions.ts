"use server";

import { idFrom } from "@/lib/route-params";
// The footer links' server actions. Each is a public HTTP endpoint: it resolves the session itself and leaves every
// decision about rights to the data layer. The footer is on every reader page: a change drops the navigation tag,
// which every reader page carries, so the next reader request shows it.
import { updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import type { Result } from "@/db/mutations/actor";
import { createFooterLink, deleteFooterLink, moveFooterLink, updateFooterLink } from "@/db/mutations/navigation";
import { NAVIGATION_TAG } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.footer;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

function fields(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return { label: text("label"), kind: text("kind"), path: text("path"), url: text("url"), pageId: text("pageId"), categoryId: text("categoryId") };
}

function finish(result: Result<unknown>, success: string): FormState {
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  updateTag(NAVIGATION_TAG);
  return { ok: true, message: success };
}

export async function createFooterLinkAction(form: FormData): Promise<FormState> {
  return finish(await createFooterLink(await getDb(), await session(), fields(form)), t.added);
}

export async function updateFooterLinkAction(form: FormData): Promise<FormState> {
  const db = await getDb();
  const id = idFrom(form.get("id"));
  const intent = form.get("intent");
  if (intent === "up" || intent === "down") return finish(await moveFooterLink(db, await session(), id, intent), t.moved);
  if (intent === "remove") return finish(await deleteFooterLink(db, await session(), id), t.removed);
  return finish(await updateFooterLink(db, await session(), id, fields(form)), t.saved);
}
