import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm, FieldError } from "@/components/dashboard/action-form";
import { BULK_FORM, BulkBar, CommentTextForms, ModerationButtons } from "@/components/dashboard/comment-moderation";
import { inputClass } from "@/components/ui/field";
import { database } from "@/lib/database";
import { getCommentSettingsForEditing, listCommentsForModeration, type ModerationPage } from "@/db/queries/comments";
import { commentStatus, type CommentStatus } from "@/db/schema";
import { commentAnchor } from "@/lib/comments";
import { requireUser } from "@/lib/current-user";
import { formatDateAndTime } from "@/lib/format";
import { tComments } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { parsePageNumber } from "@/lib/route-params";
import {
  editCommentAction,
  eraseCommentsAction,
  moderateCommentsAction,
  replyToCommentAction,
  saveCommentSettingsAction,
} from "./actions";

const d = tComments.dashboard;

export const metadata: Metadata = { title: d.title, robots: { index: false } };

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pageHref(status: CommentStatus, postId: number | undefined, page: number) {
  const query = new URLSearchParams({ status });
  if (postId !== undefined) query.set("beitrag", String(postId));
  if (page > 1) query.set("seite", String(page));
  return `/dashboard/kommentare?${query}`;
}

function Filters({ status, postId, posts }: { status: CommentStatus; postId?: number; posts: ModerationPage["posts"] }) {
  return (
    <form method="get" action="/dashboard/kommentare" aria-label={d.filters} className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col text-sm font-semibold">
        <label htmlFor="filter-status">{d.status}</label>
        <select id="filter-status" name="status" defaultValue={status} className={inputClass}>
          {commentStatus.enumValues.map((value) => (
            <option key={value} value={value}>
              {d.statusLabels[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col text-sm font-semibold">
        <label htmlFor="filter-beitrag">{d.post}</label>
        <select id="filter-beitrag" name="beitrag" defaultValue={postId ?? ""} className={inputClass}>
          <option value="">{d.allPosts}</option>
          {posts.map((post) => (
            <option key={post.id} value={post.id}>
              {post.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-brand/40 bg-white px-3 py-2 text-sm font-semibold text-brand">
        {d.apply}
      </button>
    </form>
  );
}

function Settings({ settings }: { settings: { defaultOpen: boolean; closeAfterDays: number; autoApproveKnown: boolean; blockList: string } }) {
  return (
    <section aria-labelledby="kommentar-einstellungen" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="kommentar-einstellungen" className="text-xl font-bold">
        {d.settingsTitle}
      </h2>
      <ActionForm action={saveCommentSettingsAction} label={d.settingsTitle} className="mt-3 flex flex-col gap-3">
        <label className="flex items-start gap-2">
          <input type="checkbox" name="defaultOpen" defaultChecked={settings.defaultOpen} className="mt-1 h-4 w-4" />
          {d.defaultOpen}
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="autoApproveKnown" defaultChecked={settings.autoApproveKnown} className="mt-1 h-4 w-4" />
          {d.autoApproveKnown}
        </label>
        <div className="flex flex-col gap-1">
          <label htmlFor="kommentare-schliessen" className="text-sm font-semibold">
            {d.closeAfterDays}
          </label>
          <input
            id="kommentare-schliessen"
            name="closeAfterDays"
            type="number"
            min={0}
            max={3650}
            defaultValue={settings.closeAfterDays}
            aria-describedby="kommentare-schliessen-fehler"
            className={`${inputClass} max-w-40`}
          />
          <FieldError name="closeAfterDays" id="kommentare-schliessen-fehler" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="kommentare-sperrliste" className="text-sm font-semibold">
            {d.blockList}
          </label>
          <textarea
            id="kommentare-sperrliste"
            name="blockList"
            rows={5}
            defaultValue={settings.blockList}
            aria-describedby="kommentare-sperrliste-fehler"
            className={inputClass}
          />
          <FieldError name="blockList" id="kommentare-sperrliste-fehler" />
        </div>
        <div>
          <button type="submit" className="rounded bg-brand px-3 py-2 text-sm font-semibold text-white">
            {d.settingsSave}
          </button>
        </div>
      </ActionForm>
    </section>
  );
}

function Erasure() {
  return (
    <section aria-labelledby="kommentare-loeschen" className="rounded border border-red-800/40 bg-white p-4">
      <h2 id="kommentare-loeschen" className="text-xl font-bold">
        {d.erasureTitle}
      </h2>
      <ActionForm action={eraseCommentsAction} label={d.erasureTitle} resetOnSuccess className="mt-3 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="kommentare-loeschen-email" className="text-sm font-semibold">
            {d.erasureEmail}
          </label>
          <input id="kommentare-loeschen-email" name="email" type="email" aria-describedby="kommentare-loeschen-email-fehler" className={inputClass} />
          <FieldError name="email" id="kommentare-loeschen-email-fehler" />
        </div>
        <button type="submit" className="rounded border border-red-800 bg-white px-3 py-2 text-sm font-semibold text-red-800 hover:bg-red-50">
          {d.erasureSubmit}
        </button>
      </ActionForm>
    </section>
  );
}

export default async function CommentsModerationPage({ searchParams }: PageProps<"/dashboard/kommentare">) {
  const user = await requireUser("/dashboard/kommentare");
  const query = await searchParams;
  const status = commentStatus.enumValues.find((value) => value === one(query.status)) ?? "pending";
  const postId = parsePageNumber(one(query.beitrag) ?? "") ?? undefined;
  const page = parsePageNumber(one(query.seite) ?? "1") ?? 1;
  const db = await database();
  const [result, settings] = await Promise.all([
    listCommentsForModeration(db, user, { status, postId, page }),
    getCommentSettingsForEditing(db, user),
  ]);
  if (!result.ok) notFound();
  const { items, total, pageCount } = result.value;
  return (
    <div data-view="kommentare" className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{d.title}</h1>
        <p className="mt-2 text-muted">{d.intro}</p>
      </div>
      <Filters status={status} postId={postId} posts={result.value.posts} />
      <p id="kommentare-meldung" role="status" className="min-h-6 font-semibold text-brand" />
      <h2 id="kommentare-liste-titel" tabIndex={-1} className="text-xl font-bold">
        {d.statusLabels[status]}: {d.count(total)}
      </h2>
      {items.length === 0 ? (
        <p>{d.empty}</p>
      ) : (
        <>
          <BulkBar status={status} action={moderateCommentsAction} />
          <ol className="flex flex-col gap-4">
            {items.map((item) => (
              <li key={item.id} data-comment-id={item.id} className="rounded border border-slate-300 bg-white p-4">
                <article aria-labelledby={`moderation-${item.id}`}>
                  <div className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      name="ids"
                      value={item.id}
                      form={BULK_FORM}
                      aria-label={d.select(item.authorName)}
                      className="mt-1.5 h-4 w-4"
                    />
                    <div className="min-w-0 flex-1">
                      <h3 id={`moderation-${item.id}`} tabIndex={-1} className="text-lg font-bold">
                        <bdi>{item.authorName}</bdi> {d.on} „{item.postTitle}“
                      </h3>
                      <p className="text-sm text-muted">
                        {formatDateAndTime(item.createdAt)} · {item.authorEmail || d.noEmail}
                        {item.editorial && ` · ${tComments.editorial}`}
                        {item.edited && ` · ${tComments.edited}`}
                        {item.parentName !== null && (
                          <>
                            {" · "}
                            {d.inReplyTo}
                            <bdi>{item.parentName}</bdi>
                          </>
                        )}
                        {item.spamReason && ` · ${d.heldBecause(d.held[item.spamReason] ?? item.spamReason)}`}
                      </p>
                      <p dir="auto" className="mt-2 whitespace-pre-wrap break-words rounded bg-slate-50 p-3">
                        {item.body}
                      </p>
                      {item.status === "approved" && (
                        <p className="mt-1 text-sm">
                          <Link prefetch={false} href={`/artikel/${item.postSlug}#${commentAnchor(item.id)}`} className="text-brand underline">
                            {d.viewOnSite}
                          </Link>
                        </p>
                      )}
                      <ModerationButtons id={item.id} status={item.status} name={item.authorName} action={moderateCommentsAction} />
                      <CommentTextForms id={item.id} body={item.body} editAction={editCommentAction} replyAction={replyToCommentAction} />
                    </div>
                  </div>
                </article>
              </li>
            ))}
          </ol>
          {pageCount > 1 && (
            <nav aria-label={d.pagination} className="flex items-center gap-4 text-sm font-semibold">
              {page > 1 && (
                <Link prefetch={false} href={pageHref(status, postId, page - 1)} className="text-brand underline">
                  {d.previous}
                </Link>
              )}
              <span>{d.pageOf(Math.min(page, pageCount), pageCount)}</span>
              {page < pageCount && (
                <Link prefetch={false} href={pageHref(status, postId, page + 1)} className="text-brand underline">
                  {d.next}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
      {settings.ok && <Settings settings={settings.value} />}
      {can.eraseComments(user) && <Erasure />}
    </div>
  );
}
