"use server";

import { idFrom } from "@/lib/route-params";
// The editor's server actions. Each is a public HTTP endpoint: it resolves the session itself and leaves every
// decision about rights to the data layer.
import { redirect } from "next/navigation";
import { updateTag } from "next/cache";
import { auth } from "@/auth";
import { getDb } from "@/db/connection";
import { refuse, type Refusal } from "@/db/mutations/actor";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { MAX_BODY_LENGTH, parseLocalDateTime } from "@/db/mutations/post-input";
import { changePostStatus, createPost, deletePostPermanently, restoreRevision, updatePost, type Transition } from "@/db/mutations/posts";
import { getEditablePost, type EditablePost } from "@/db/queries/dashboard-posts";
import { forgetFormerSlugs } from "@/db/queries/gone-posts";
import { readerTagsOfPost } from "@/db/queries/reader-dependents";
import { getActiveUser } from "@/db/queries/users";
import { deEditorial } from "@/lib/i18n/de";
import { renderPreview } from "@/db/queries/media";
import { restoreFailureOf } from "@/lib/revision-restore";

const m = deEditorial.errors;

export type EditorCommand = "save" | "submit" | "publish" | "schedule" | "unpublish" | "trash" | "restore";

export type EditorRequest = {
  id: number | null;
  version: number;
  input: unknown;
  command: EditorCommand;
  publishAt?: string;
  /** Saved by the editor's timer rather than by the writer: revisions of such saves are coalesced. */
  autosave?: boolean;
};

export type EditorResult = { ok: true; doc: EditablePost } | Refusal;

/** Drops exactly the cached reader pages that showed the post before or show it now. */
function invalidate(...tagSets: string[][]): void {
  for (const tag of new Set(tagSets.flat())) updateTag(tag);
  // A rename or deletion changes what the proxy answers for former addresses.
  forgetFormerSlugs();
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
  if (!["save", "submit", "publish", "schedule", "unpublish", "trash", "restore"].includes(command)) return refuse(400, m.invalid);
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
  if (!(await sessionRef())) return "";
  if (typeof markdown !== "string" || markdown.length > MAX_BODY_LENGTH) return "";
  return renderPreview(markdown);
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
