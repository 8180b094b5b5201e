import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LicenceOptions, MediaCard } from "@/components/dashboard/media-card";
import { MediaUndoNotice } from "@/components/dashboard/media-undo-notice";
import { MediaUploader } from "@/components/dashboard/media-uploader";
import { getDeletedMediaNotice, listMedia } from "@/db/queries/media";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { purgeExpiredMediaAfterResponse } from "@/lib/media/purge-after";
import { acceptAttribute } from "@/lib/media/types";
import { can } from "@/lib/permissions";
import { idFrom } from "@/lib/route-params";
import { deleteMediaAction, restoreMediaAction, updateMediaDetailsAction } from "./actions";

const t = tEditorial.media;

export const metadata: Metadata = { title: t.title };

const kinds = { bilder: "image", dokumente: "document" } as const;

export default async function MediaPage({ searchParams }: PageProps<"/dashboard/medien">) {
  const user = await requireUser("/dashboard/medien");
  if (!can.uploadMedia(user)) notFound();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const art = typeof params.art === "string" && params.art in kinds ? (params.art as keyof typeof kinds) : "";
  const deleted = typeof params.geloescht === "string" ? idFrom(params.geloescht) : 0;
  const [items, notice] = await Promise.all([
    listMedia(user, { q, kind: art ? kinds[art] : undefined }),
    deleted > 0 ? getDeletedMediaNotice(user, deleted) : null,
  ]);
  purgeExpiredMediaAfterResponse();
  return (
    <div data-view="medien" className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <MediaUndoNotice notice={notice} restore={restoreMediaAction} />
      <MediaUploader accept={acceptAttribute} />
      <section aria-labelledby="bibliothek-titel" className="flex flex-col gap-4">
        <h2 id="bibliothek-titel" className="sr-only">{t.title}</h2>
        <form method="get" aria-label={tEditorial.list.filters} className="flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4">
          <label className="flex flex-col text-sm font-semibold">
            {t.search}
            <input type="search" name="q" defaultValue={q} className="mt-1 rounded border border-slate-400 px-2 py-1.5 font-normal" />
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t.kind}
            <select name="art" defaultValue={art} className="mt-1 rounded border border-slate-400 px-2 py-1.5 font-normal">
              <option value="">{t.allKinds}</option>
              <option value="bilder">{t.images}</option>
              <option value="dokumente">{t.documents}</option>
            </select>
          </label>
          <button type="submit" className="rounded border border-brand/40 px-4 py-2 text-sm font-semibold text-brand">{t.apply}</button>
        </form>
        <p className="text-sm text-muted" aria-live="polite">{t.count(items.length)}</p>
        {items.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {items.map((item) => (
              <MediaCard key={item.id} item={item} actions={{ updateDetails: updateMediaDetailsAction, remove: deleteMediaAction }} />
            ))}
          </ul>
        )}
        <LicenceOptions />
      </section>
    </div>
  );
}
