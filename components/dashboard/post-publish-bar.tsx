"use client";

// The post's actions by status and right: save, submit, publish, schedule, withdraw, trash and restore.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { EditablePost } from "@/db/queries/dashboard-posts";
import { tEditorial } from "@/lib/i18n";
import type { EditorCommand } from "./post-editor-actions";

const t = tEditorial.editor;
const sc = tEditorial.scheduleChange;

const dateTime = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short", timeZone }).format(date);

/** „Planen“ on a live post: asks first, and offers to plan the change while the live version stays online. */
function ScheduleLiveQuestion({ when, onPlan, onCancel }: { when: string; onPlan: () => void; onCancel: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby="planen-frage" aria-describedby="planen-erklaerung" data-testid="aenderung-planen"
      className="w-full rounded border border-brand/40 bg-sand p-3 text-sm"
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}>
      <p id="planen-frage" className="font-semibold">{sc.question}</p>
      <p id="planen-erklaerung" className="mt-1">{sc.explain(when)}</p>
      <div className="mt-2 flex gap-2">
        <Button ref={first} onClick={onPlan}>{sc.confirm}</Button>
        <Button variant="secondary" onClick={onCancel}>{sc.cancel}</Button>
      </div>
    </div>
  );
}

/** What this user may do with this post, decided on the server with the same rules the data layer applies. */
/** canUpload: may add files to the media library (from the editor's image dialog). */
export type PostPermissions = { canPublish: boolean; canDelete: boolean; canEdit: boolean; canUpload: boolean };

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
  const [asking, setAsking] = useState(false);
  const scheduleButton = useRef<HTMLButtonElement>(null);
  const command = (name: EditorCommand) => () => onCommand(name);
  const live = post?.status === "veroeffentlicht";
  // The field's own wall-clock value, meant in the site's zone (not the browser's): shown as typed.
  const askedWhen = publishAt.replace(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}).*$/, "$3.$2.$1 um $4");
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
          <Button ref={scheduleButton} variant="secondary" disabled={pending} aria-expanded={live ? asking : undefined}
            onClick={live && publishAt ? () => setAsking(true) : command("schedule")}>{t.schedule}</Button>
        </div>
      )}
      {asking && (
        <ScheduleLiveQuestion
          when={askedWhen}
          onPlan={() => {
            setAsking(false);
            onCommand("scheduleChange");
          }}
          onCancel={() => {
            setAsking(false);
            scheduleButton.current?.focus();
          }}
        />
      )}
      {post?.scheduledChangeAt && !trashed && permissions.canPublish && (
        <p className="flex w-full flex-wrap items-center gap-3 text-sm" data-testid="geplante-aenderung">
          {sc.pending(dateTime(post.scheduledChangeAt, timeZone))}
          <Button variant="secondary" disabled={pending} onClick={command("discardChange")}>{sc.discard}</Button>
        </p>
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
