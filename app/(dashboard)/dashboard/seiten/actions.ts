"use server";

import { idFrom } from "@/lib/route-params";
// The pages' server actions. Each is a public HTTP endpoint: it resolves the session itself and leaves every decision
// about rights to the data layer. Pages show on every reader page's footer and under their own address, so a change
// drops the whole reader cache.
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import type { PageEditorResult } from "@/components/dashboard/page-editor";
import { restoreFailureOf } from "@/lib/revision-restore";
import { getDb } from "@/db/connection";
import { refuse } from "@/db/mutations/actor";
import { createPage, restorePageRevision, updatePage } from "@/db/mutations/pages";
import { getEditablePage, type EditablePage } from "@/db/queries/pages";
import { getActiveUser } from "@/db/queries/users";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";

const p = tEditorial.pages;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

function fields(form: FormData) {
  return {
    title: String(form.get("title") ?? ""),
    slug: String(form.get("slug") ?? ""),
    body: String(form.get("body") ?? ""),
    status: String(form.get("status") ?? ""),
  };
}

export async function createPageAction(form: FormData): Promise<FormState> {
  const result = await createPage(await getDb(), await session(), fields(form));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  updateTag(CONTENT_TAG);
  return { ok: true, message: p.created };
}

async function currentPage(ref: { id: number } | null, id: number): Promise<EditablePage | null> {
  const user = ref ? await getActiveUser(ref) : null;
  return user ? getEditablePage(user, id) : null;
}

/** Saves the editor's fields over the version it started from. */
export async function savePageAction(request: { id: number; version: number; input: unknown }): Promise<PageEditorResult> {
  if (typeof request !== "object" || request === null) return refuse(400, tEditorial.errors.invalid);
  const ref = await session();
  const id = idFrom(request.id);
  const result = await updatePage(await getDb(), ref, id, idFrom(request.version), request.input);
  if (!result.ok) return result;
  updateTag(CONTENT_TAG);
  const page = await currentPage(ref, id);
  return page ? { ok: true, doc: page } : refuse(404, p.notFound);
}

/** The version someone else saved, for the editor's conflict view. */
export async function loadLatestPageAction(id: number): Promise<PageEditorResult> {
  const page = await currentPage(await session(), idFrom(id));
  return page ? { ok: true, doc: page } : refuse(404, p.notFound);
}

export async function restorePageRevisionAction(form: FormData): Promise<void> {
  const pageId = idFrom(form.get("contentId"));
  const result = await restorePageRevision(
    await getDb(),
    await session(),
    pageId,
    idFrom(form.get("revisionId")),
    idFrom(form.get("version")),
  );
  if (result.ok) updateTag(CONTENT_TAG);
  const where = Number.isInteger(pageId) && pageId > 0 ? pageId : 0;
  redirect(`/dashboard/seiten/${where}/versionen?${result.ok ? "wiederhergestellt=1" : `fehler=${restoreFailureOf(result)}`}`);
}
