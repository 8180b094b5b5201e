// The revisions screen of a post or a page: the list, a comparison of any two, and restoring one as a new save.
import Link from "next/link";
import { ConfirmSubmit } from "@/components/dashboard/confirm-button";
import { RevisionDiff } from "@/components/dashboard/revision-diff";
import type { ContentKind } from "@/db/mutations/revisions";
import type { RevisionFull } from "@/db/queries/revisions";
import { formatDateTime } from "@/lib/format";
import { tEditorial } from "@/lib/i18n";
import { restoreFailures, type RestoreFailure } from "@/lib/revision-restore";

const t = tEditorial.revisions;

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function RevisionsView({
  kind,
  contentId,
  title,
  version,
  revisions,
  query,
  restoreAction,
}: {
  kind: ContentKind;
  contentId: number;
  title: string;
  /** The content's current version, which a restore starts from. */
  version: number;
  revisions: RevisionFull[];
  query: Record<string, string | string[] | undefined>;
  /** Absent when this user may look but not restore. */
  restoreAction?: (form: FormData) => Promise<void>;
}) {
  const words = t[kind];
  const pick = (raw: string, fallback: number) => revisions.find((revision) => String(revision.id) === raw) ?? revisions[fallback];
  const to = pick(one(query.zu), 0);
  const from = pick(one(query.von), 1) ?? to;
  const failure = restoreFailures.find((code) => code === one(query.fehler));
  const failureText: Record<RestoreFailure, string> = {
    veraltet: words.stale,
    adresse: tEditorial.errors.slugTaken,
    version: tEditorial.errors.revisionUnknown,
    rechte: tEditorial.errors.forbidden,
    ungueltig: tEditorial.errors.invalid,
  };
  const editHref = kind === "post" ? `/dashboard/beitraege/${contentId}` : `/dashboard/seiten/${contentId}`;
  return (
    <div data-view="versionen">
      <p>
        <Link prefetch={false} href={editHref} className="text-sm text-brand underline">
          ← {words.back}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {t.title}: {title}
      </h1>
      <p className="mt-2 text-muted">{words.intro}</p>
      {one(query.wiederhergestellt) && <p role="status" className="mt-4 rounded border border-brand bg-brand/5 p-3 font-semibold">{t.restored}</p>}
      {failure && <p role="alert" className="mt-4 rounded border border-red-800 bg-red-50 p-3 font-semibold">{failureText[failure]}</p>}
      {revisions.length === 0 ? (
        <p className="mt-6">{words.none}</p>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-[20rem_1fr]">
          <ol className="flex flex-col gap-3">
            {revisions.map((revision) => (
              <li key={revision.id} className="rounded border border-slate-300 bg-white p-3 text-sm">
                <p className="font-semibold">{t.version(revision.version)}</p>
                <p className="text-muted">{t.by(revision.editorName, formatDateTime(revision.createdAt))}</p>
                <p className="mt-1 flex flex-wrap gap-3">
                  <Link prefetch={false} href={`?von=${revision.id}&zu=${to?.id ?? revision.id}`} className="text-brand underline">
                    {t.compare} <span className="sr-only">{t.version(revision.version)}</span>
                  </Link>
                </p>
                {restoreAction && (
                  <form action={restoreAction} className="mt-2">
                    <input type="hidden" name="contentId" value={contentId} />
                    <input type="hidden" name="revisionId" value={revision.id} />
                    <input type="hidden" name="version" value={version} />
                    <ConfirmSubmit question={t.confirmRestore(revision.version)} className="rounded border border-brand/40 px-2 py-1 text-xs font-semibold text-brand">
                      {t.restore} <span className="sr-only">({t.version(revision.version)})</span>
                    </ConfirmSubmit>
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
                <RevisionDiff from={from} to={to} withExcerpt={kind === "post"} />
              </div>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
