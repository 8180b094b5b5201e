// Files of the old site into the media library: looked up in the --uploads copy of wp-content/uploads (a size
// variant resolves to its original), then through the library's own pipeline (type by bytes, variants, no EXIF).
import "server-only";
import { randomUUID } from "node:crypto";
import { copyFile, stat } from "node:fs/promises";
import path from "node:path";
import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { describeImportedMedia, loadMappings, saveMapping, type Mapping } from "@/db/mutations/imports";
import { recordUpload } from "@/db/mutations/media";
import { media } from "@/db/schema";
import { tWordpress } from "@/lib/i18n";
import { ingestFile } from "@/lib/media/pipeline";
import type { MediaStorage } from "@/lib/media/storage";
import { mediaUrl } from "@/lib/media/view";
import { originalUploadPath, type DocumentRef, type ImageRef } from "./convert";
import type { ImportReport } from "./report";

export type LibraryFile = { id: number; hash: string; kind: "image" | "document"; alt: string; extension: string };

export type FileDetails = { alt: string; caption: string; credit: string; title: string };

const problems: Record<string, string> = {
  empty: "leer",
  type: "Dateityp nicht erlaubt",
  kind: "falscher Typ",
  tooLarge: "zu groß",
  dimensions: "zu viele Pixel",
  unreadable: "nicht lesbar",
};

export class MediaImporter {
  /** Upload path (as referenced, and its original) → library file; null when it could not be brought in. */
  private readonly byPath = new Map<string, LibraryFile | null>();
  private uploadMappings = new Map<string, Mapping>();
  private known = new Map<number, LibraryFile>();
  private fakeId = 0;

  constructor(
    private readonly db: Database,
    private readonly session: { id: number },
    private readonly storage: MediaStorage,
    private readonly uploadsDir: string | null,
    private readonly source: string,
    private readonly report: ImportReport,
  ) {}

  /** Loads what earlier runs brought in, so a rerun processes no file twice. */
  async load(): Promise<void> {
    this.uploadMappings = await loadMappings(this.db, this.source, "upload");
    const ids = [...new Set([...this.uploadMappings.values()].map((m) => m.targetId))];
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await this.db
        .select({ id: media.id, hash: media.hash, kind: media.kind, alt: media.alt, extension: media.extension })
        .from(media)
        .where(inArray(media.id, ids.slice(i, i + 1000)));
      for (const row of rows) this.known.set(row.id, row);
    }
  }

  /** The file on disk for an upload path, inside the uploads folder only (a path in the export cannot escape it). */
  private async locate(uploadPath: string): Promise<string | null> {
    if (!this.uploadsDir) return null;
    for (const candidate of [uploadPath, originalUploadPath(uploadPath)]) {
      const file = path.resolve(this.uploadsDir, candidate);
      if (!file.startsWith(path.resolve(this.uploadsDir) + path.sep)) continue;
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) return file;
    }
    return null;
  }

  /** Brings one upload into the library (once per run and per site); null, with a warning, when it cannot. */
  async ensure(uploadPath: string, details: FileDetails | null, dryRun: boolean): Promise<LibraryFile | null> {
    const original = originalUploadPath(uploadPath);
    if (this.byPath.has(uploadPath)) return this.byPath.get(uploadPath)!;
    if (this.byPath.has(original)) return this.remember(uploadPath, this.byPath.get(original)!);
    const mapped = this.uploadMappings.get(original) ?? this.uploadMappings.get(uploadPath);
    const known = mapped ? this.known.get(mapped.targetId) : undefined;
    if (known) {
      this.report.count("media", "unchanged");
      return this.remember(uploadPath, known, original);
    }
    const file = await this.locate(uploadPath);
    if (!file) {
      this.report.warn(this.uploadsDir ? tWordpress.warnings.missingFile(uploadPath) : tWordpress.warnings.noUploads(uploadPath));
      this.report.count("media", "skipped");
      return this.remember(uploadPath, null, original);
    }
    if (dryRun) {
      this.report.count("media", "created");
      const extension = path.extname(file).slice(1).toLowerCase();
      const kind = ["jpg", "jpeg", "png", "gif", "webp", "avif"].includes(extension) ? "image" : "document";
      return this.remember(uploadPath, { id: --this.fakeId, hash: "0".repeat(64), kind, alt: details?.alt ?? "", extension }, original);
    }
    const temp = path.join(await this.storage.tempDir(), `import-${randomUUID()}`);
    await copyFile(file, temp);
    const ingested = await ingestFile(this.storage, temp);
    if (!ingested.ok) {
      this.report.warn(tWordpress.warnings.fileRefused(uploadPath, problems[ingested.problem] ?? ingested.problem));
      this.report.count("media", "skipped");
      return this.remember(uploadPath, null, original);
    }
    const stored = ingested.value;
    const libraryFile = await this.db.transaction(async (tx) => {
      const recorded = await recordUpload(tx as unknown as Database, this.session, stored, path.basename(original), details?.title ?? "");
      if (!recorded.ok) throw new Error(recorded.message);
      if (details) await describeImportedMedia(tx, this.session, recorded.value.id, details);
      await saveMapping(tx, { source: this.source, kind: "upload", sourceKey: original }, { targetId: recorded.value.id, checksum: stored.hash, targetVersion: null });
      const [row] = await tx
        .select({ id: media.id, hash: media.hash, kind: media.kind, alt: media.alt, extension: media.extension })
        .from(media)
        .where(inArray(media.id, [recorded.value.id]));
      return row!;
    });
    this.report.count("media", "created");
    if (libraryFile.kind === "image" && !libraryFile.alt) this.report.warn(tWordpress.warnings.imageWithoutAlt(original));
    return this.remember(uploadPath, libraryFile, original);
  }

  private remember(uploadPath: string, file: LibraryFile | null, original = uploadPath): LibraryFile | null {
    this.byPath.set(uploadPath, file);
    this.byPath.set(original, file);
    return file;
  }

  /** Already brought in (or known missing): what the converter may use without waiting. */
  lookup(uploadPath: string): LibraryFile | null {
    return this.byPath.get(uploadPath) ?? this.byPath.get(originalUploadPath(uploadPath)) ?? null;
  }

  image(uploadPath: string): ImageRef | null {
    const file = this.lookup(uploadPath);
    return file?.kind === "image" ? { src: mediaUrl(file.hash, "bild"), alt: file.alt } : null;
  }

  document(uploadPath: string): DocumentRef | null {
    const file = this.lookup(uploadPath);
    return file?.kind === "document" ? { href: mediaUrl(file.hash, `original.${file.extension}`), mediaId: file.id } : null;
  }

  /** Every upload path brought in (sizes included) with its library item, for the old addresses' redirects. */
  files(): [string, number][] {
    return [...this.byPath].flatMap(([uploadPath, file]) => (file && file.id > 0 ? [[uploadPath, file.id] as [string, number]] : []));
  }

  /** Fills in a caption and credit found in a post's text, where the library item has none yet. */
  async describe(uploadPath: string, details: Partial<FileDetails>): Promise<void> {
    const file = this.lookup(uploadPath);
    if (!file || file.id < 0) return;
    await describeImportedMedia(this.db, this.session, file.id, { alt: "", caption: "", credit: "", title: "", ...details });
  }
}
