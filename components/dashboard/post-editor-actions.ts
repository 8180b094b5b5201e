// What the post editor asks of the server: its commands, their request and answer, and the actions the page hands in.
import type { Refusal } from "@/db/mutations/actor";
import type { EditablePost } from "@/db/queries/dashboard-posts";
import type { DescribeUploadedImage } from "./image-insert-dialog";

export type EditorCommand =
  | "save"
  | "submit"
  | "publish"
  | "schedule"
  | "scheduleChange"
  | "discardChange"
  | "unpublish"
  | "trash"
  | "restore";

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

/** Server actions, passed down from the route so that components never import from app/. */
export type PostEditorActions = {
  run: (request: EditorRequest) => Promise<EditorResult>;
  loadLatest: (id: number) => Promise<EditorResult>;
  renderPreview: (markdown: string) => Promise<string>;
  describeUploadedImage: DescribeUploadedImage;
};
