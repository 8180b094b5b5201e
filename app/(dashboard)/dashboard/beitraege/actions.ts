"use server";

// The editor's server actions. Each runs as the signed-in user (lib/server-action.ts) and leaves every decision about
// rights to the data layer.
import { redirect } from "next/navigation";
import type { FormState } from "@/components/dashboard/action-form";
import type { EditorCommand, EditorRequest, EditorResult } from "@/components/dashboard/post-editor-actions";
import type { Database } from "@/db/client";
import { refuse } from "@/db/mutations/actor";
import { MAX_BODY_LENGTH, parseLocalDateTime } from "@/db/mutations/post-input";
import { setPostPinned } from "@/db/mutations/pins";
import { changePostStatus, createPost, deletePostPermanently, restoreRevision, updatePost, type Transition } from "@/db/mutations/posts";
import { discardScheduledChange, scheduleChange } from "@/db/mutations/scheduled-changes";
import { getEditablePost } from "@/db/queries/dashboard-posts";
import { renderPreview } from "@/db/queries/media";
import { readerTagsOfPost } from "@/db/queries/reader-dependents";
import type { CurrentUser } from "@/db/queries/users";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { POST_LISTS_TAG, tagFor } from "@/lib/cache-tags";
import { tEditorial, tTaxonomy } from "@/lib/i18n";
import { restoreFailureOf } from "@/lib/revision-restore";
import { idFrom } from "@/lib/route-params";
import { asUser, formAction, invalidate } from "@/lib/server-action";

const m = tEditorial.errors;

const commands: readonly EditorCommand[] = ["save", "submit", "publish", "schedule", "scheduleChange", "discardChange", "unpublish", "trash", "restore"];

/** Drops exactly the cached reader pages that showed the post before or show it now. */
async function dropReaderPages(...tagSets: string[][]): Promise<void> {
  // A rename or deletion changes what the proxy answers for former addresses.
  await invalidate({ tags: tagSets.flat(), redirects: "of-posts" });
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
  if (typeof request !== "object" || request === null || !commands.includes(request.command)) return refuse(400, m.invalid);
  return asUser(({ db, user }) =>
    request.command === "scheduleChange" || request.command === "discardChange"
      ? plannedChangeCommand(request, db, user)
      : contentCommand(request, db, user),
  );
}

async function contentCommand(request: EditorRequest, db: Database, user: CurrentUser): Promise<EditorResult> {
  const command = request.command;
  const transition = transitionFor(command, request.publishAt);
  // Check the date before saving anything, so a bad date does not leave half a change behind.
  if (transition?.kind === "schedule" && !transition.at) return refuse(422, m.invalid, { publishAt: m.dateInvalid });

  let id = request.id === null ? null : idFrom(request.id);
  let version = idFrom(request.version);
  let touchedReaders = transition !== null;
  const tagsBefore = id === null ? [] : await readerTagsOfPost(db, id);
  if (id === null) {
    const created = await createPost(db, user, request.input);
    if (!created.ok) return created;
    id = created.value.id;
    version = created.value.version;
  } else if (savesContent.has(command)) {
    const saved = await updatePost(db, user, id, version, request.input, { autosave: request.autosave === true && command === "save" });
    if (!saved.ok) return saved;
    version = saved.value.version;
  }
  const before = await getEditablePost(user, id);
  if (before?.rawStatus === "published") touchedReaders = true;
  if (transition) {
    const changed = await changePostStatus(db, user, id, version, transition);
    if (!changed.ok) return changed;
  }
  // Drafts are invisible to readers: only changes to published or scheduled posts drop reader pages.
  if (touchedReaders) await dropReaderPages(tagsBefore, await readerTagsOfPost(db, id));
  return editable(user, id);
}

/**
 * „Änderung planen“ and taking it back: the live version is not written, so only the reader pages' lifetimes change
 * (they now end at the planned time): the post's pages are dropped so they render again with the shorter life.
 */
async function plannedChangeCommand(request: EditorRequest, db: Database, user: CurrentUser): Promise<EditorResult> {
  const id = request.id === null ? null : idFrom(request.id);
  if (id === null) return refuse(404, m.notFound);
  const result =
    request.command === "scheduleChange"
      ? await scheduleChange(db, user, id, idFrom(request.version), request.input, parseLocalDateTime(request.publishAt))
      : await discardScheduledChange(db, user, id);
  if (!result.ok) return result;
  await dropReaderPages(await readerTagsOfPost(db, id));
  return editable(user, id);
}

async function editable(user: CurrentUser, id: number): Promise<EditorResult> {
  const post = await getEditablePost(user, id);
  return post ? { ok: true, doc: post } : refuse(404, m.notFound);
}

/** The version someone else saved, for the editor's conflict view; a stranger learns nothing, not even a 401. */
export async function loadLatestPostAction(id: number): Promise<EditorResult> {
  return asUser(({ user }) => editable(user, idFrom(id)), () => refuse(404, m.notFound));
}

/** Renders Markdown exactly as the article page does. */
export async function renderPreviewAction(markdown: string): Promise<string> {
  if (typeof markdown !== "string" || markdown.length > MAX_BODY_LENGTH) return "";
  return asUser(({ user }) => renderPreview(user, markdown), () => "");
}

/**
 * „Angeheftet“: the front page's lists change, and so does the later archive page that showed the post (it moves to
 * the top; those pages follow new posts only within a minute, but end at once by the tags of the posts they show).
 */
export async function setPostPinnedAction(form: FormData): Promise<FormState> {
  const pinned = form.get("pinned") === "ja";
  const postId = idFrom(form.get("postId"));
  return formAction(({ db, user }) => setPostPinned(db, user, postId, pinned), {
    answer: pinned ? tTaxonomy.pins.pinned : tTaxonomy.pins.unpinned,
    invalidate: { tags: [POST_LISTS_TAG, tagFor.post(postId)] },
  });
}

export async function deletePostAction(form: FormData): Promise<void> {
  const id = idFrom(form.get("id"));
  const result = await asUser(async ({ db, user }) => {
    const tags = await readerTagsOfPost(db, id);
    const deleted = await deletePostPermanently(db, user, id);
    if (deleted.ok) dropReaderPages(tags);
    return deleted;
  });
  if (result.ok) redirect("/dashboard/beitraege?status=papierkorb");
  redirect(`/dashboard/beitraege/${id}?fehler=${result.status}`);
}

export async function restoreRevisionAction(form: FormData): Promise<void> {
  const postId = idFrom(form.get("contentId"));
  const result = await asUser(async ({ db, user }) => {
    const tagsBefore = await readerTagsOfPost(db, postId);
    const restored = await restoreRevision(db, user, postId, idFrom(form.get("revisionId")), idFrom(form.get("version")));
    if (restored.ok) dropReaderPages(tagsBefore, await readerTagsOfPost(db, postId));
    return restored;
  });
  redirect(`/dashboard/beitraege/${postId}/versionen?${result.ok ? "wiederhergestellt=1" : `fehler=${restoreFailureOf(result)}`}`);
}
