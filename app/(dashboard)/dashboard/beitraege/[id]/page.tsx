import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeletePostForm } from "@/components/dashboard/delete-post-form";
import { PostEditor } from "@/components/dashboard/post-editor";
import { emptyPostInput } from "@/db/mutations/post-input";
import { getEditablePost, getEditorChoices } from "@/db/queries/dashboard-posts";
import { requireUser } from "@/lib/current-user";
import { TIME_ZONE } from "@/lib/format";
import { deEditorial } from "@/lib/i18n/de";
import { renderPreview } from "@/db/queries/media";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";

export const metadata: Metadata = { title: deEditorial.editor.editTitle };

export default async function EditPostPage({ params }: PageProps<"/dashboard/beitraege/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/dashboard/beitraege/${encodeURIComponent(rawId)}`);
  const id = parseId(rawId);
  const post = id === null ? null : await getEditablePost(user, id);
  if (!post) notFound();
  const [choices, preview] = await Promise.all([getEditorChoices(), renderPreview(post.input.body)]);
  return (
    <PostEditor
      key={post.id}
      initial={post}
      choices={choices}
      emptyInput={emptyPostInput}
      initialPreview={preview}
      permissions={{ canPublish: can.publish(user), canDelete: can.deletePermanently(user), canEdit: can.editPost(user, { authorId: post.authorId, status: post.rawStatus }) }}
      timeZone={TIME_ZONE}
      deleteForm={<DeletePostForm id={post.id} />}
    />
  );
}
