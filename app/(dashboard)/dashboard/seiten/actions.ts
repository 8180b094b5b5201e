"use server";

// The pages' server actions; the data layer decides who may change pages. Pages show on every reader page's footer
// and under their own address, so a change drops the whole reader cache.
import { redirect } from "next/navigation";
import type { FormState } from "@/components/dashboard/action-form";
import type { PageEditorResult } from "@/components/dashboard/page-editor";
import { refuse } from "@/db/mutations/actor";
import { createPage, restorePageRevision, updatePage } from "@/db/mutations/pages";
import { getEditablePage } from "@/db/queries/pages";
import type { CurrentUser } from "@/db/queries/users";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";
import { restoreFailureOf } from "@/lib/revision-restore";
import { idFrom } from "@/lib/route-params";
import { asUser, formAction, invalidate } from "@/lib/server-action";

const p = tEditorial.pages;
const dropsReaderCache = { tags: [CONTENT_TAG] };

function fields(form: FormData) {
  return {
    title: String(form.get("title") ?? ""),
    slug: String(form.get("slug") ?? ""),
    body: String(form.get("body") ?? ""),
    status: String(form.get("status") ?? ""),
  };
}

export async function createPageAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => createPage(db, user, fields(form)), { answer: p.created, invalidate: dropsReaderCache });
}

async function editable(user: CurrentUser, id: number): Promise<PageEditorResult> {
  const page = await getEditablePage(user, id);
  return page ? { ok: true, doc: page } : refuse(404, p.notFound);
}

/** Saves the editor's fields over the version it started from. */
export async function savePageAction(request: { id: number; version: number; input: unknown }): Promise<PageEditorResult> {
  if (typeof request !== "object" || request === null) return refuse(400, tEditorial.errors.invalid);
  const id = idFrom(request.id);
  return asUser(async ({ db, user }) => {
    const result = await updatePage(db, user, id, idFrom(request.version), request.input);
    if (!result.ok) return result;
    await invalidate(dropsReaderCache);
    return editable(user, id);
  });
}

/** The version someone else saved, for the editor's conflict view; a stranger learns nothing, not even a 401. */
export async function loadLatestPageAction(id: number): Promise<PageEditorResult> {
  return asUser(({ user }) => editable(user, idFrom(id)), () => refuse(404, p.notFound));
}

export async function restorePageRevisionAction(form: FormData): Promise<void> {
  const pageId = idFrom(form.get("contentId"));
  const result = await asUser(async ({ db, user }) => {
    const restored = await restorePageRevision(db, user, pageId, idFrom(form.get("revisionId")), idFrom(form.get("version")));
    if (restored.ok) await invalidate(dropsReaderCache);
    return restored;
  });
  const where = Number.isInteger(pageId) && pageId > 0 ? pageId : 0;
  redirect(`/dashboard/seiten/${where}/versionen?${result.ok ? "wiederhergestellt=1" : `fehler=${restoreFailureOf(result)}`}`);
}
