// A post's cover image with its credit line („Foto: …“): a responsive <picture> of the library's variants, cropped to
// 16:9 around the image's focal point.
import { t } from "@/lib/i18n";
import type { CoverImage } from "@/db/queries/posts";
import type { ResponsiveImage } from "@/lib/media/view";

/** The article column is at most 56rem wide; teasers use the same column. */
const SIZES = "(min-width: 56rem) 56rem, 100vw";

function Credit({ credit, licence, licenceUrl }: { credit: string | null; licence?: string; licenceUrl?: string }) {
  if (!credit && !licence) return null;
  return (
    <figcaption className="mt-1 text-xs text-muted">
      {credit && <span data-testid="bildnachweis">{t.photoCredit(credit)}</span>}
      {licence && (
        <>
          {credit && " · "}
          {licenceUrl ? (
            <a href={licenceUrl} rel="license noopener" className="underline">
              {licence}
            </a>
          ) : (
            licence
          )}
        </>
      )}
    </figcaption>
  );
}

export function ResponsivePicture({ image, priority, sizes = SIZES }: { image: ResponsiveImage; priority: boolean; sizes?: string }) {
  return (
    <picture>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      <img
        src={image.src}
        srcSet={image.srcSet}
        sizes={sizes}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority ? "high" : undefined}
        decoding="async"
        style={{ objectPosition: image.position }}
        className="aspect-video w-full rounded-md bg-sand object-cover"
      />
    </picture>
  );
}

export function CoverFigure({ cover, priority = false }: { cover: CoverImage; priority?: boolean }) {
  return (
    <figure>
      <ResponsivePicture image={cover} priority={priority} />
      <Credit credit={cover.credit || null} licence={cover.licence} licenceUrl={cover.licenceUrl} />
    </figure>
  );
}
