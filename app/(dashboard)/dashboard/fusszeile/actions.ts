"use server";

// The footer links' server actions; the data layer decides who may change them. The footer is on every reader page:
// a change drops the navigation tag, which every reader page carries, so the next reader request shows it.
import type { FormState } from "@/components/dashboard/action-form";
import { createFooterLink, deleteFooterLink, moveFooterLink, updateFooterLink } from "@/db/mutations/navigation";
import { NAVIGATION_TAG } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";
import { idFrom } from "@/lib/route-params";
import { formAction } from "@/lib/server-action";

const t = tEditorial.footer;

function fields(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return { label: text("label"), kind: text("kind"), path: text("path"), url: text("url"), pageId: text("pageId"), categoryId: text("categoryId") };
}

function changed(answer: string) {
  return { answer, invalidate: { tags: [NAVIGATION_TAG] } };
}

export async function createFooterLinkAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => createFooterLink(db, user, fields(form)), changed(t.added));
}

export async function updateFooterLinkAction(form: FormData): Promise<FormState> {
  const id = idFrom(form.get("id"));
  const intent = form.get("intent");
  if (intent === "up" || intent === "down") return formAction(({ db, user }) => moveFooterLink(db, user, id, intent), changed(t.moved));
  if (intent === "remove") return formAction(({ db, user }) => deleteFooterLink(db, user, id), changed(t.removed));
  return formAction(({ db, user }) => updateFooterLink(db, user, id, fields(form)), changed(t.saved));
}
