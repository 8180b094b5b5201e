import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeletePostForm } from "@/components/dashboard/delete-post-form";
import { PostCommentSetting } from "@/components/dashboard/post-comment-setting";
import { PostEditor } from "@/components/dashboard/post-editor";
import { PostShareLink } from "@/components/dashboard/post-share-link";
import { PostTools } from "@/components/dashboard/post-tools";
import { getShareLinkOf } from "@/db/queries/share-links";
import { PostPinSetting } from "@/components/dashboard/post-pin-setting";
import { emptyPostInput } from "@/db/mutations/post-input";
import { getEditablePost, getEditorChoices } from "@/db/queries/dashboard-posts";
import { requireUser } from "@/lib/current-user";
import { getConfig } from "@/lib/config";
import { tEditorial } from "@/lib/i18n";
import { renderPreview } from "@/db/queries/media";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";
import { deletePostAction, setPostPinnedAction } from "../actions";
import { postEditorActions } from "../editor-actions";
import { changeAuthorAction, duplicatePostAction, setPublicationDateAction, shareLinkAction } from "../tools-actions";
import { setPostCommentsOpenAction } from "../../kommentare/actions";

export const metadata: Metadata = { title: tEditorial.editor.editTitle };

export default async function EditPostPage({ params }: PageProps<"/dashboard/beitraege/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/dashboard/beitraege/${encodeURIComponent(rawId)}`);
  const id = parseId(rawId);
  const post = id === null ? null : await getEditablePost(user, id);
  if (!post) notFound();
  const [choices, preview, shareLink] = await Promise.all([getEditorChoices(user), renderPreview(user, post.input.body), getShareLinkOf(user, post.id)]);
  const mayEdit = can.editPost(user, { authorId: post.authorId, status: post.rawStatus });
  const timeZone = getConfig().siteTimeZone;
  return (
    <>
      <PostEditor
        key={post.id}
        initial={post}
        choices={choices}
        emptyInput={emptyPostInput}
        initialPreview={preview}
        permissions={{ canUpload: can.uploadMedia(user), canPublish: can.publish(user), canDelete: can.deletePermanently(user), canEdit: can.editPost(user, { authorId: post.authorId, status: post.rawStatus }) }}
        timeZone={timeZone}
        actions={postEditorActions}
        deleteForm={<DeletePostForm id={post.id} action={deletePostAction} />}
      />
      <PostPinSetting user={user} post={post} action={setPostPinnedAction} />
      <PostCommentSetting user={user} postId={post.id} action={setPostCommentsOpenAction} />
      <PostTools
        post={post}
        authors={choices.authors}
        canAssignAuthor={can.assignAuthor(user)}
        canPublish={can.publish(user)}
        timeZone={timeZone}
        actions={{ changeAuthor: changeAuthorAction, setPublicationDate: setPublicationDateAction, duplicate: duplicatePostAction }}
      >
        {mayEdit && post.status !== "papierkorb" && <PostShareLink postId={post.id} link={shareLink} action={shareLinkAction} />}
      </PostTools>
    </>
  );
}
