// The file types the library accepts, decided from the bytes; everything else (SVG, HTML, executables…) is refused.
export type AcceptedType = {
  mime: string;
  extension: string;
  kind: "image" | "document";
  /** Shown to readers in the downloads list, e.g. „PDF“. */
  label: string;
  /** Office files are downloaded, never opened in the browser. */
  inline: boolean;
};

const types: AcceptedType[] = [
  { mime: "image/jpeg", extension: "jpg", kind: "image", label: "JPEG", inline: true },
  { mime: "image/png", extension: "png", kind: "image", label: "PNG", inline: true },
  { mime: "image/webp", extension: "webp", kind: "image", label: "WebP", inline: true },
  { mime: "image/avif", extension: "avif", kind: "image", label: "AVIF", inline: true },
  { mime: "image/gif", extension: "gif", kind: "image", label: "GIF", inline: true },
  { mime: "application/pdf", extension: "pdf", kind: "document", label: "PDF", inline: true },
  { mime: "application/vnd.oasis.opendocument.text", extension: "odt", kind: "document", label: "ODT", inline: false },
  {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    kind: "document",
    label: "DOCX",
    inline: false,
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extension: "xlsx",
    kind: "document",
    label: "XLSX",
    inline: false,
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extension: "pptx",
    kind: "document",
    label: "PPTX",
    inline: false,
  },
];

export const acceptedByMime = new Map(types.map((type) => [type.mime, type]));
export const acceptedByExtension = new Map(types.map((type) => [type.extension, type]));

export const MB = 1024 * 1024;
/** Per-kind limits; the larger one bounds how much of any upload is ever read. */
export const sizeLimits = { image: 25 * MB, document: 50 * MB } as const;
export const MAX_UPLOAD_BYTES = Math.max(sizeLimits.image, sizeLimits.document);
/** Decompression bombs: a small file that decodes to more pixels than this is refused before decoding. */
export const MAX_INPUT_PIXELS = 50_000_000;
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
export const VARIANT_FORMATS = ["avif", "webp", "jpg"] as const;

function acceptFor(list: AcceptedType[]): string {
  return [...list.map((type) => type.mime), ...list.map((type) => `.${type.extension}`), ...(list.some((type) => type.extension === "jpg") ? [".jpeg"] : [])].join(",");
}

/** For the file picker only; the server decides from the bytes. */
export const acceptAttribute = acceptFor(types);

/** A replacement is of the item's own kind. */
export const acceptAttributeOf = {
  image: acceptFor(types.filter((type) => type.kind === "image")),
  document: acceptFor(types.filter((type) => type.kind === "document")),
} as const;
