// What readers' pages need to show a library file: URLs of the stored variants, srcsets, and download labels.
import type { MediaVariant } from "@/db/schema";
import { acceptedByMime } from "./types";

export const mediaUrl = (hash: string, name: string) => `/medien/${hash}/${name}`;

/** The address a file is served under: an image's largest JPEG (originals are never served), a document's original. */
export function servedUrl(row: { hash: string; kind: "image" | "document"; extension: string; variants: MediaVariant[] }): string {
  const largest = row.variants.filter((v) => v.format === "jpg").sort((a, b) => b.width - a.width)[0];
  return row.kind === "image" && largest ? mediaUrl(row.hash, `${largest.width}.jpg`) : mediaUrl(row.hash, `original.${row.extension}`);
}

export type ResponsiveImage = {
  /** The library item, so cached pages that show it can be tagged and refreshed when it changes. */
  mediaId: number;
  width: number;
  height: number;
  /** "" for an image marked decorative. */
  alt: string;
  caption: string;
  credit: string;
  licence: string;
  licenceUrl: string;
  /** The point crops keep in view, as CSS object-position, and as fractions (0–1) for crops made on the server. */
  position: string;
  focal: { x: number; y: number };
  sources: { type: string; srcSet: string }[];
  src: string;
  srcSet: string;
};

type ImageRow = {
  id: number;
  hash: string;
  width: number | null;
  height: number | null;
  variants: MediaVariant[];
  alt: string;
  decorative: boolean;
  caption: string;
  credit: string;
  licence: string;
  licenceUrl: string;
  focalX?: number;
  focalY?: number;
};

const sourceTypes = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" } as const;

/** The media type of a stored variant by its URL ("/medien/<hash>/1600.jpg" → image/jpeg). */
export function variantMimeType(url: string): string {
  const extension = url.split(".").pop() as keyof typeof sourceTypes;
  return sourceTypes[extension] ?? "application/octet-stream";
}

export function responsiveImage(row: ImageRow): ResponsiveImage | null {
  const jpegs = row.variants.filter((v) => v.format === "jpg").sort((a, b) => a.width - b.width);
  const largest = jpegs[jpegs.length - 1];
  if (!largest) return null;
  const srcSet = (format: keyof typeof sourceTypes) =>
    row.variants
      .filter((v) => v.format === format)
      .sort((a, b) => a.width - b.width)
      .map((v) => `${mediaUrl(row.hash, `${v.width}.${v.format}`)} ${v.width}w`)
      .join(", ");
  const focalX = row.focalX ?? 50;
  const focalY = row.focalY ?? 50;
  return {
    mediaId: row.id,
    width: largest.width,
    height: largest.height,
    alt: row.decorative ? "" : row.alt,
    caption: row.caption,
    credit: row.credit,
    licence: row.licence,
    licenceUrl: row.licenceUrl,
    position: `${focalX}% ${focalY}%`,
    focal: { x: focalX / 100, y: focalY / 100 },
    sources: (["avif", "webp"] as const).map((format) => ({ type: sourceTypes[format], srcSet: srcSet(format) })).filter((s) => s.srcSet),
    src: mediaUrl(row.hash, `${largest.width}.jpg`),
    srcSet: srcSet("jpg"),
  };
}

export type Download = { mediaId: number; title: string; url: string; label: string; byteSize: number; mimeType: string };

export function downloadOf(row: { id: number; hash: string; extension: string; title: string; originalName: string; mimeType: string; byteSize: number }): Download {
  return {
    mediaId: row.id,
    title: row.title || row.originalName,
    url: mediaUrl(row.hash, `original.${row.extension}`),
    label: acceptedByMime.get(row.mimeType)?.label ?? row.extension.toUpperCase(),
    byteSize: row.byteSize,
    mimeType: row.mimeType,
  };
}

/** „1,2 MB“, „830 KB“: German decimal comma, binary units as file managers show them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
}
