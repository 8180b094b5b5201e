"use client";

// The post's actions by status and right: save, submit, publish, schedule, withdraw, trash and restore.
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { EditablePost } from "@/db/queries/dashboard-posts";
import { deEditorial } from "@/lib/i18n/de";
import type { EditorCommand } from "@/app/(dashboard)/dashboard/beitraege/actions";

const t = deEditorial.editor;

/** What this user may do with this post, decided on the server with the same rules the data layer applies. */
export type PostPermissions = { canPublish: boolean; canDelete: boolean; canEdit: boolean };

export function PostPublishBar({
  post,
  permissions,
  readOnly,
  timeZone,
  pending,
  publishAt,
  onPublishAtChange,
  publishAtError,
  onCommand,
}: {
  post: EditablePost | null;
  permissions: PostPermissions;
  readOnly: boolean;
  timeZone: string;
  pending: boolean;
  publishAt: string;
  onPublishAtChange: (value: string) => void;
  publishAtError?: string;
  onCommand: (command: EditorCommand) => void;
}) {
  const published = post?.rawStatus === "published";
  const trashed = post?.status === "papierkorb";
  const command = (name: EditorCommand) => () => onCommand(name);
  if (readOnly) return null;
  return (
    <div className="flex flex-wrap items-end gap-3 border-t border-slate-300 pt-4">
      {!trashed && (
        <Button type="submit" disabled={pending}>{published ? t.saveChanges : t.saveDraft}</Button>
      )}
      {!trashed && !permissions.canPublish && post?.rawStatus === "draft" && (
        <Button variant="secondary" disabled={pending} onClick={command("submit")}>{t.submit}</Button>
      )}
      {!trashed && permissions.canPublish && post?.status !== "veroeffentlicht" && (
        <Button variant="secondary" disabled={pending} onClick={command("publish")}>{t.publishNow}</Button>
      )}
      {!trashed && permissions.canPublish && (
        <div className="flex items-end gap-2">
          <Field id="veroeffentlichen-am" label={t.publishAt} hint={t.publishAtHint(timeZone)} error={publishAtError}>
            {(describedBy, invalid) => (
              <input id="veroeffentlichen-am" type="datetime-local" step={60} className={inputClass} value={publishAt}
                aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => onPublishAtChange(event.target.value)} />
            )}
          </Field>
          <Button variant="secondary" disabled={pending} onClick={command("schedule")}>{t.schedule}</Button>
        </div>
      )}
      {!trashed && permissions.canPublish && published && (
        <Button variant="secondary" disabled={pending} onClick={command("unpublish")}>{t.unpublish}</Button>
      )}
      {post && !trashed && (
        <Button variant="danger" disabled={pending} onClick={command("trash")}>{t.trash}</Button>
      )}
      {post && trashed && (
        <Button variant="secondary" disabled={pending} onClick={command("restore")}>{t.restore}</Button>
      )}
    </div>
  );
}
