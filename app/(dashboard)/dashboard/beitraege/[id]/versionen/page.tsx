import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { restoreRevisionAction } from "@/app/(dashboard)/dashboard/beitraege/actions";
import { RevisionDiff } from "@/components/dashboard/revision-diff";
import { getEditablePost, listRevisions } from "@/db/queries/dashboard-posts";
import { requireUser } from "@/lib/current-user";
import { formatDateTime } from "@/lib/format";
import { deEditorial } from "@/lib/i18n/de";
import { can } from "@/lib/permissions";
import { parsePageNumber } from "@/lib/route-params";

const t = deEditorial.revisions;

export const metadata: Metadata = { title: t.title };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function RevisionsPage({ params, searchParams }: PageProps<"/dashboard/beitraege/[id]/versionen">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/dashboard/beitraege/${encodeURIComponent(rawId)}/versionen`);
  const id = parsePageNumber(rawId);
  const [post, revisions] = id === null ? [null, null] : await Promise.all([getEditablePost(user, id), listRevisions(user, id)]);
  if (!post || !revisions) notFound();
  const query = await searchParams;
  const pick = (raw: string, fallback: number) => revisions.find((revision) => String(revision.id) === raw) ?? revisions[fallback];
  const to = pick(one(query.zu), 0);
  const from = pick(one(query.von), 1) ?? to;
  const mayRestore = can.editPost(user, { authorId: post.authorId, status: post.rawStatus });
  return (
    <div data-view="versionen">
      <p>
        <Link href={`/dashboard/beitraege/${post.id}`} className="text-sm text-brand underline">
          ← {t.back}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {t.title}: {post.input.title}
      </h1>
      <p className="mt-2 text-muted">{t.intro}</p>
      {one(query.wiederhergestellt) && <p role="status" className="mt-4 rounded border border-brand bg-brand/5 p-3 font-semibold">{t.restored}</p>}
      {one(query.fehler) && <p role="alert" className="mt-4 rounded border border-red-800 bg-red-50 p-3 font-semibold">{deEditorial.errors.stale}</p>}
      {revisions.length === 0 ? (
        <p className="mt-6">{t.none}</p>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-[20rem_1fr]">
          <ol className="flex flex-col gap-3">
            {revisions.map((revision) => (
              <li key={revision.id} className="rounded border border-slate-300 bg-white p-3 text-sm">
                <p className="font-semibold">{t.version(revision.version)}</p>
                <p className="text-muted">{t.by(revision.editorName, formatDateTime(revision.createdAt))}</p>
                <p className="mt-1 flex flex-wrap gap-3">
                  <Link href={`?von=${revision.id}&zu=${to?.id ?? revision.id}`} className="text-brand underline">
                    {t.compare} <span className="sr-only">{t.version(revision.version)}</span>
                  </Link>
                </p>
                {mayRestore && (
                  <form action={restoreRevisionAction} className="mt-2">
                    <input type="hidden" name="postId" value={post.id} />
                    <input type="hidden" name="revisionId" value={revision.id} />
                    <input type="hidden" name="version" value={post.version} />
                    <button type="submit" className="rounded border border-brand/40 px-2 py-1 text-xs font-semibold text-brand">
                      {t.restore} <span className="sr-only">({t.version(revision.version)})</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
          {from && to && (
            <section aria-labelledby="vergleich-titel">
              <h2 id="vergleich-titel" className="text-xl font-bold">
                {t.version(from.version)} → {t.version(to.version)}
              </h2>
              <div className="mt-3">
                <RevisionDiff from={from} to={to} />
              </div>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
