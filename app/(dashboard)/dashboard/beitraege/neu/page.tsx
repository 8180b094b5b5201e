import type { Metadata } from "next";
import { PostEditor } from "@/components/dashboard/post-editor";
import { emptyPostInput } from "@/db/mutations/post-input";
import { getEditorChoices } from "@/db/queries/dashboard-posts";
import { requireUser } from "@/lib/current-user";
import { getConfig } from "@/lib/config";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { postEditorActions } from "../editor-actions";

export const metadata: Metadata = { title: tEditorial.editor.newTitle };

export default async function NewPostPage() {
  const user = await requireUser("/dashboard/beitraege/neu");
  const choices = await getEditorChoices(user);
  return (
    <PostEditor
      initial={null}
      choices={choices}
      emptyInput={emptyPostInput}
      initialPreview=""
      permissions={{ canUpload: can.uploadMedia(user), canPublish: can.publish(user), canDelete: can.deletePermanently(user), canEdit: true }}
      timeZone={getConfig().siteTimeZone}
      actions={postEditorActions}
    />
  );
}
