// A post's cover image with its credit line („Foto: …“).
import { t } from "@/lib/i18n";
import type { CoverImage } from "@/db/queries/posts";

// Covers are 16:9; width and height let the browser reserve the space before the file arrives.
const WIDTH = 1600;
const HEIGHT = 900;

export function CoverFigure({ cover, priority = false }: { cover: CoverImage; priority?: boolean }) {
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- static files from public/, no optimiser round-trip needed */}
      <img
        src={cover.path}
        alt={cover.alt}
        width={WIDTH}
        height={HEIGHT}
        loading={priority ? "eager" : "lazy"}
        decoding="async"
        className="aspect-video w-full rounded-md bg-sand object-cover"
      />
      {cover.credit && <figcaption className="mt-1 text-xs text-muted">{t.photoCredit(cover.credit)}</figcaption>}
    </figure>
  );
}
