// "Teil n von m" and links to the other parts of a series, shown on each part.
import Link from "next/link";
import { t } from "@/lib/i18n";
import type { SeriesBox as Series } from "@/db/queries/articles";

export function SeriesBox({ series }: { series: Series }) {
  return (
    <aside aria-labelledby="serie-titel" className="my-8 rounded-md border border-brand/20 bg-white p-5">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand">
        {t.seriesLabel} · {t.seriesPart(series.position, series.parts.length)}
      </p>
      <h2 id="serie-titel" className="mt-1 text-lg font-bold">
        <Link prefetch={false} href={`/serie/${series.slug}`} className="hover:underline">
          {series.title}
        </Link>
      </h2>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm">
        {series.parts.map((part) =>
          part.position === series.position ? (
            <li key={part.slug} aria-current="page" className="font-semibold">
              {part.title} <span className="font-normal text-muted">({t.currentPart})</span>
            </li>
          ) : (
            <li key={part.slug}>
              <Link prefetch={false} href={`/artikel/${part.slug}`} className="text-brand underline">
                {part.title}
              </Link>
            </li>
          ),
        )}
      </ol>
    </aside>
  );
}
