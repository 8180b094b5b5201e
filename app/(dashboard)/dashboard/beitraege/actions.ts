"use server";

import { idFrom } from "@/lib/route-params";
// The editor's server actions. Each is a public HTTP endpoint: it resolves the session itself and leaves every
// decision about rights to the data layer.
import { redirect } from "next/navigation";
import { updateTag } from "next/cache";
import { auth } from "@/auth";
import { getDb } from "@/db/connection";
import { refuse } from "@/db/mutations/actor";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { MAX_BODY_LENGTH, parseLocalDateTime } from "@/db/mutations/post-input";
import { changePostStatus, createPost, deletePostPermanently, restoreRevision, updatePost, type Transition } from "@/db/mutations/posts";
import { discardScheduledChange, scheduleChange } from "@/db/mutations/scheduled-changes";
import { getEditablePost, type EditablePost } from "@/db/queries/dashboard-posts";
import { forgetRedirects } from "@/db/queries/redirects";
import { readerTagsOfPost } from "@/db/queries/reader-dependents";
import { getActiveUser } from "@/db/queries/users";
import { tEditorial, tTaxonomy } from "@/lib/i18n";
import { POST_LISTS_TAG } from "@/lib/cache-tags";
import { setPostPinned } from "@/db/mutations/pins";
import type { FormState } from "@/components/dashboard/action-form";
import type { EditorCommand, EditorRequest, EditorResult } from "@/components/dashboard/post-editor-actions";
import { renderPreview } from "@/db/queries/media";
import { restoreFailureOf } from "@/lib/revision-restore";

const m = tEditorial.errors;

/** Drops exactly the cached reader pages that showed the post before or show it now. */
function invalidate(...tagSets: string[][]): void {
  for (const tag of new Set(tagSets.flat())) updateTag(tag);
  // A rename or deletion changes what the proxy answers for former addresses.
  forgetRedirects();
}

async function sessionRef(): Promise<{ id: number } | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

function transitionFor(command: EditorCommand, publishAt: unknown): Transition | null {
  switch (command) {
    case "save":
      return null;
    case "schedule":
      return { kind: "schedule", at: parseLocalDateTime(publishAt) };
    case "scheduleChange":
    case "discardChange":
      return null;
    default:
      return { kind: command };
  }
}

const savesContent = new Set<EditorCommand>(["save", "submit", "publish", "schedule"]);

export async function runEditorCommand(request: EditorRequest): Promise<EditorResult> {
  try {
    return await editorCommand(request);
  } catch (error) {
    // The database is away (restart, outage): a German 503, and the editor keeps the text to save again.
    if (isDatabaseUnavailable(error)) {
      console.error("Editor save while the database is unreachable", error);
      return refuse(503, m.databaseUnavailable);
    }
    throw error;
  }
}

async function editorCommand(request: EditorRequest): Promise<EditorResult> {
  if (typeof request !== "object" || request === null) return refuse(400, m.invalid);
  const session = await sessionRef();
  const db = await getDb();
  const command = request.command;
  if (!["save", "submit", "publish", "schedule", "scheduleChange", "discardChange", "unpublish", "trash", "restore"].includes(command)) {
    return refuse(400, m.invalid);
  }
  if (command === "scheduleChange" || command === "discardChange") return plannedChangeCommand(request, session, db);
  const transition = transitionFor(command, request.publishAt);
  // Check the date before saving anything, so a bad date does not leave half a change behind.
  if (transition?.kind === "schedule" && !transition.at) return refuse(422, m.invalid, { publishAt: m.dateInvalid });

  let id = request.id === null ? null : idFrom(request.id);
  let version = idFrom(request.version);
  let touchedReaders = transition !== null;
  const tagsBefore = id === null ? [] : await readerTagsOfPost(db, id);
  if (id === null) {
    const created = await createPost(db, session, request.input);
    if (!created.ok) return created;
    id = created.value.id;
    version = created.value.version;
  } else if (savesContent.has(command)) {
    const saved = await updatePost(db, session, id, version, request.input, { autosave: request.autosave === true && command === "save" });
    if (!saved.ok) return saved;
    version = saved.value.version;
  }
  const before = await currentPost(session, id);
  if (before?.rawStatus === "published") touchedReaders = true;
  if (transition) {
    const changed = await changePostStatus(db, session, id, version, transition);
    if (!changed.ok) return changed;
  }
  // Drafts are invisible to readers: only changes to published or scheduled posts drop reader pages.
  if (touchedReaders) invalidate(tagsBefore, await readerTagsOfPost(db, id));
  const post = await currentPost(session, id);
  return post ? { ok: true, doc: post } : refuse(404, m.notFound);
}

/**
 * „Änderung planen“ and taking it back: the live version is not written, so only the reader pages' lifetimes change
 * (they now end at the planned time): the post's pages are dropped so they render again with the shorter life.
 */
async function plannedChangeCommand(
  request: EditorRequest,
  session: { id: number } | null,
  db: Awaited<ReturnType<typeof getDb>>,
): Promise<EditorResult> {
  const id = request.id === null ? null : idFrom(request.id);
  if (id === null) return refuse(404, m.notFound);
  const result =
    request.command === "scheduleChange"
      ? await scheduleChange(db, session, id, idFrom(request.version), request.input, parseLocalDateTime(request.publishAt))
      : await discardScheduledChange(db, session, id);
  if (!result.ok) return result;
  invalidate(await readerTagsOfPost(db, id));
  const post = await currentPost(session, id);
  return post ? { ok: true, doc: post } : refuse(404, m.notFound);
}

async function currentPost(session: { id: number } | null, id: number): Promise<EditablePost | null> {
  const user = session ? await getActiveUser(session) : null;
  return user ? getEditablePost(user, id) : null;
}

/** The version someone else saved, for the editor's conflict view. */
export async function loadLatestPostAction(id: number): Promise<EditorResult> {
  const post = await currentPost(await sessionRef(), idFrom(id));
  return post ? { ok: true, doc: post } : refuse(404, m.notFound);
}

/** Renders Markdown exactly as the article page does. */
export async function renderPreviewAction(markdown: string): Promise<string> {
  if (typeof markdown !== "string" || markdown.length > MAX_BODY_LENGTH) return "";
  const session = await sessionRef();
  const user = session ? await getActiveUser(session) : null;
  return user ? renderPreview(user, markdown) : "";
}

/** „Angeheftet“: only the front page's lists change, so only they are dropped. */
export async function setPostPinnedAction(form: FormData): Promise<FormState> {
  const pinned = form.get("pinned") === "ja";
  const result = await setPostPinned(await getDb(), await sessionRef(), idFrom(form.get("postId")), pinned);
  if (!result.ok) return { ok: false, message: result.message };
  updateTag(POST_LISTS_TAG);
  return { ok: true, message: pinned ? tTaxonomy.pins.pinned : tTaxonomy.pins.unpinned };
}

export async function deletePostAction(form: FormData): Promise<void> {
  const db = await getDb();
  const tags = await readerTagsOfPost(db, idFrom(form.get("id")));
  const result = await deletePostPermanently(db, await sessionRef(), idFrom(form.get("id")));
  if (result.ok) {
    invalidate(tags);
    redirect("/dashboard/beitraege?status=papierkorb");
  }
  redirect(`/dashboard/beitraege/${idFrom(form.get("id"))}?fehler=${result.status}`);
}

export async function restoreRevisionAction(form: FormData): Promise<void> {
  const postId = idFrom(form.get("contentId"));
  const db = await getDb();
  const tagsBefore = await readerTagsOfPost(db, postId);
  const result = await restoreRevision(
    db,
    await sessionRef(),
    postId,
    idFrom(form.get("revisionId")),
    idFrom(form.get("version")),
  );
  if (result.ok) invalidate(tagsBefore, await readerTagsOfPost(db, postId));
  redirect(`/dashboard/beitraege/${postId}/versionen?${result.ok ? "wiederhergestellt=1" : `fehler=${restoreFailureOf(result)}`}`);
}
