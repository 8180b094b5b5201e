// The server actions the post editor calls, gathered once for the new-post and edit pages that hand them down.
import { describeUploadedImageAction } from "../medien/actions";
import { loadLatestPostAction, renderPreviewAction, runEditorCommand } from "./actions";
import type { PostEditorActions } from "@/components/dashboard/post-editor-actions";

export const postEditorActions: PostEditorActions = {
  run: runEditorCommand,
  loadLatest: loadLatestPostAction,
  renderPreview: renderPreviewAction,
  describeUploadedImage: describeUploadedImageAction,
};
