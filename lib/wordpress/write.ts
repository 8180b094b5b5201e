// Runs a WordPress import: the first pass indexes the export, then authors, terms, media and content are written
// through the data layer, one item per transaction, with a mapping row per item so a rerun finds what it made.
import "server-only";
import { createHash } from "node:crypto";
import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import type { Refusal } from "@/db/mutations/actor";
import { authoriseImport, importAuthor, loadMappings, saveImportedComments, saveImportedPost, saveMapping, type CommentCounts, type ImportedComment, type Mapping } from "@/db/mutations/imports";
import { saveImportedRedirects } from "@/db/mutations/redirects";
import { parseLocalDateTime } from "@/db/mutations/post-input";
import { createPage, updatePage } from "@/db/mutations/pages";
import { createCategory, updateCategory } from "@/db/mutations/taxonomy";
import { createTag, updateTag } from "@/db/mutations/tags";
import { tagSlugOf } from "@/db/mutations/tag-input";
import { categories, media, pages, posts, tags, users, type Post } from "@/db/schema";
import { tWordpress } from "@/lib/i18n";
import type { MediaStorage } from "@/lib/media/storage";
import { servedUrl } from "@/lib/media/view";
import { isAllowedPageSlug, pagePath, STRUCTURED_PAGE_SLUGS } from "@/lib/pages";
import { isValidSlug, RESERVED_SLUGS, slugFromTitle } from "@/lib/slug";
import { convertContent, plainText, referencedUploads, shorten, type ConvertContext } from "./convert";
import { MediaImporter } from "./media";
import { readWxr, type WxrItem, type WxrTerm } from "./parse";
import { attachmentsOf, normalisedPath, ownPathResolver, scanWxr, type IndexedItem, type SiteIndex } from "./plan";
import { importableComments } from "./comments";
import { OldAddresses, postOldPaths } from "./redirects";
import { ImportReport, type Progress } from "./report";

const w = tWordpress.warnings;

export type ImportOptions = {
  file: string;
  /** A copy of wp-content/uploads; without it, files are reported missing. */
  uploadsDir: string | null;
  dryRun: boolean;
  db: Database;
  storage: MediaStorage;
  /** The admin account the writes are attributed to (the import account on the command line). */
  actorId: number;
  progress: Progress;
  now?: Date;
  /** Items written at the same time: one on PGlite (a single connection), a few on PostgreSQL's pool. */
  concurrency?: number;
};

type Target = { slug: string; kind: "post" | "page"; existing: (Mapping & { slug: string }) | null };

const checksum = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** A slug Blattwerk accepts, from WordPress's (decoded, so "bürgerbüro" → "buergerbuero") or the title. */
function cleanSlug(wpSlug: string, title: string, fallback: string): string {
  const candidate = slugFromTitle(wpSlug) || slugFromTitle(title) || fallback;
  return isValidSlug(candidate) ? candidate : fallback;
}

async function existingSlugs(db: Database, table: typeof posts | typeof pages, candidates: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < candidates.length; i += 1000) {
    const rows = await db.select({ slug: table.slug }).from(table).where(inArray(table.slug, candidates.slice(i, i + 1000)));
    for (const row of rows) taken.add(row.slug);
  }
  return taken;
}

async function mappedRows(db: Database, table: typeof posts | typeof pages, mappings: Map<string, Mapping>) {
  const ids = [...new Set([...mappings.values()].map((m) => m.targetId))];
  const rows = new Map<number, { slug: string; version: number }>();
  for (let i = 0; i < ids.length; i += 1000) {
    const found = await db.select({ id: table.id, slug: table.slug, version: table.version }).from(table).where(inArray(table.id, ids.slice(i, i + 1000)));
    for (const row of found) rows.set(row.id, row);
  }
  return rows;
}

const LEGAL_TARGETS: Record<string, string> = { impressum: "Impressum", barrierefreiheit: "Erklärung zur Barrierefreiheit" };

/**
 * Blattwerk's slug for every post and page of the export, decided before anything is written, so links between
 * them can be rewritten whichever comes first. Known items keep the slug they have; new ones take WordPress's,
 * made unique against the database and each other.
 */
async function planTargets(db: Database, source: string, index: SiteIndex, report: ImportReport): Promise<Map<number, Target>> {
  const targets = new Map<number, Target>();
  for (const kind of ["post", "page"] as const) {
    const table = kind === "post" ? posts : pages;
    const mappings = await loadMappings(db, source, kind);
    const rows = await mappedRows(db, table, mappings);
    const fresh: IndexedItem[] = [];
    for (const item of index.items.values()) {
      if (item.type !== kind || !importable(item.status)) continue;
      const mapping = mappings.get(String(item.id));
      const row = mapping ? rows.get(mapping.targetId) : undefined;
      if (mapping && row) targets.set(item.id, { slug: row.slug, kind, existing: { ...mapping, slug: row.slug } });
      else fresh.push(item);
    }
    const wanted = fresh.map((item) => {
      let slug = cleanSlug(item.slug, item.title, `${kind === "post" ? "beitrag" : "seite"}-${item.id}`);
      if ((STRUCTURED_PAGE_SLUGS as readonly string[]).includes(slug) && kind === "page") slug = `${slug}-wordpress`;
      if (kind === "post" ? RESERVED_SLUGS.has(slug) : !isAllowedPageSlug(slug)) slug = `${slug}-${kind === "post" ? "beitrag" : "seite"}`;
      return { item, slug };
    });
    const taken = await existingSlugs(db, table, wanted.map((entry) => entry.slug));
    for (const target of targets.values()) if (target.kind === kind) taken.add(target.slug);
    for (const { item, slug } of wanted) {
      let unique = slug;
      for (let n = 2; taken.has(unique); n++) unique = `${slug.slice(0, 76)}-${n}`;
      taken.add(unique);
      if (unique !== slug && !LEGAL_TARGETS[item.slug]) report.warn(w.slugChanged(kind === "post" ? "Beitrags" : "Seiten", slug, unique));
      targets.set(item.id, { slug: unique, kind, existing: null });
    }
  }
  return targets;
}

/** Trash and WordPress's internal states are never imported. */
function importable(status: string): boolean {
  return ["publish", "future", "draft", "pending", "private"].includes(status);
}

export async function importWordpress(options: ImportOptions): Promise<ImportReport> {
  const { db, dryRun, progress } = options;
  const now = options.now ?? new Date();
  const report = new ImportReport(options.file, dryRun);
  const session = { id: options.actorId };

  progress.start(tWordpress.phases.scan, 100);
  const index = await scanWxr(options.file, (fraction) => progress.update(Math.round(fraction * 100)));
  progress.stop();
  const source = `wordpress:${(index.site.baseSiteUrl || index.site.link).replace(/\/+$/, "")}`;
  report.source = source;
  for (const [type, n] of index.otherTypes) report.warn(w.skippedType(type, n));

  // Authors: matched by e-mail, else new accounts without a password.
  progress.start(tWordpress.phases.authors, index.authors.length);
  const authorMappings = await loadMappings(db, source, "author");
  const authorIds = new Map<string, number>();
  const authorSlugs = new Map<string, string>();
  for (const [n, author] of index.authors.entries()) {
    const key = { source, kind: "author", sourceKey: author.login };
    const mapped = authorMappings.get(author.login);
    const email = author.email || `${author.login}@wordpress.invalid`;
    if (mapped) {
      authorIds.set(author.login, mapped.targetId);
      report.count("authors", "unchanged");
    } else if (dryRun) {
      const [existing] = await db.select({ id: users.id }).from(users).where(inArray(users.email, [email.toLowerCase()]));
      authorIds.set(author.login, existing?.id ?? -1 - n);
      report.count("authors", existing ? "unchanged" : "created");
    } else {
      const saved = await importAuthor(db, session, key, { email, displayName: author.displayName || author.login });
      if (!saved.ok) {
        report.warn(w.refused(author.displayName, saved.message));
        report.count("authors", "skipped");
      } else {
        authorIds.set(author.login, saved.value.id);
        report.count("authors", saved.value.created ? "created" : "unchanged");
      }
    }
    progress.update(n + 1);
  }
  const knownAuthorIds = [...authorIds.values()].filter((id) => id > 0);
  if (knownAuthorIds.length) {
    for (const row of await db.select({ id: users.id, slug: users.slug }).from(users).where(inArray(users.id, knownAuthorIds))) {
      for (const [login, id] of authorIds) if (id === row.id) authorSlugs.set(login, row.slug);
    }
  }
  progress.stop();

  // Categories, parents first; then tags (each term once, though WordPress 6 writes every term twice).
  progress.start(tWordpress.phases.terms, index.categories.length + index.tags.length);
  const categoryIds = await importCategories(db, session, source, index.categories, report, dryRun, (n) => progress.update(n));
  const tagIds = await importTags(db, session, source, index.tags, report, dryRun, (n) => progress.update(index.categories.length + n));
  progress.stop();

  const targets = await planTargets(db, source, index, report);
  const ownPath = ownPathResolver(index.site);
  const links = linkTable(index, targets, categoryIds, authorSlugs);

  // Media: every attachment, then whatever else the content refers to.
  const mediaImporter = new MediaImporter(db, session, options.storage, options.uploadsDir, source, report);
  await mediaImporter.load();
  const attachments = [...index.items.values()].filter((item) => item.type === "attachment" && item.file);
  progress.start(tWordpress.phases.media, attachments.length);
  for (const [n, item] of attachments.entries()) {
    const file = item.file!;
    await mediaImporter.ensure(file.uploadPath, { alt: file.alt, caption: file.caption, credit: file.credit, title: file.title }, dryRun);
    progress.update(n + 1);
  }
  progress.stop();

  const attachmentPaths = new Map(attachments.flatMap((item) => (item.file!.urlPath ? [[item.file!.urlPath, item.file!.uploadPath] as const] : [])));
  const ctxFor = (item: WxrItem): ConvertContext => ({
    ownPath,
    attachmentAt: (path) => attachmentPaths.get(path) ?? null,
    resolveLink: (path) => links.get(normalisedPath(path)) ?? null,
    image: (uploadPath) => mediaImporter.image(uploadPath),
    document: (uploadPath) => mediaImporter.document(uploadPath),
    gallery: (ids) =>
      (ids ? ids.map((id) => index.items.get(id)).filter((entry): entry is IndexedItem => Boolean(entry)) : attachmentsOf(index, item.id)).flatMap((entry) =>
        entry.file ? [entry.file.uploadPath] : [],
      ),
  });

  // Comments name their author by WordPress user id; the accounts are known by login.
  const userIds = new Map(index.authors.flatMap((author) => (authorIds.get(author.login) ?? 0) > 0 ? [[author.id, authorIds.get(author.login)!] as const] : []));

  // Posts and pages: the second pass reads the file again, one item at a time.
  const contentTotal = [...targets.keys()].length;
  progress.start(tWordpress.phases.content, contentTotal);
  const firstId = categoryIds.values().next().value;
  const [fallbackCategory] = await db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(firstId !== undefined && firstId > 0 ? eq(categories.id, firstId) : undefined)
    .orderBy(asc(categories.sortOrder))
    .limit(1);
  let done = 0;
  const inFlight = new Set<Promise<void>>();
  for await (const record of readWxr(options.file)) {
    if (record.kind !== "item") continue;
    const item = record.item;
    if (item.type !== "post" && item.type !== "page") continue;
    if (item.status === "trash") {
      report.warn(w.trashedItem(item.title));
      report.count(item.type === "post" ? "posts" : "pages", "skipped");
      continue;
    }
    const target = targets.get(item.id);
    if (!target) continue;
    const ctx = ctxFor(item);
    for (const uploadPath of referencedUploads(item.content, ctx)) await mediaImporter.ensure(uploadPath, null, dryRun);
    const thumbnail = index.items.get(Number(item.meta.get("_thumbnail_id")?.[0] ?? 0))?.file;
    if (thumbnail) await mediaImporter.ensure(thumbnail.uploadPath, null, dryRun);
    const converted = convertContent(item.content, ctx);
    for (const name of converted.unknownShortcodes) report.shortcode(name, item.title);
    if (!dryRun) for (const caption of converted.captions) await mediaImporter.describe(caption.uploadPath, { caption: caption.caption, credit: caption.credit });
    const cover = thumbnail ? mediaImporter.lookup(thumbnail.uploadPath) : null;
    const write = async () => {
      try {
        if (target.kind === "post") {
          const oldPaths = postOldPaths(index.items.get(item.id)!, item.meta.get("_wp_old_slug") ?? [], target.slug);
          const comments = importableComments(item.comments, userIds, (value) => checksum(value));
          const saved = await writePost({ db, session, source, item, target, converted, report, dryRun, now, authorIds, categoryIds, tagIds, fallbackCategory, actorId: options.actorId, cover, oldPaths, comments: comments.kept });
          await writeComments({ db, session, source, item, report, dryRun, ...saved, comments });
        } else {
          await writePage({ db, session, source, item, target, body: converted.markdown, report, dryRun });
        }
      } catch (error) {
        // One item that cannot be written must not cost the others: it is reported, and a rerun tries it again.
        report.warn(w.refused(item.title, (error as Error).message));
        report.count(target.kind === "post" ? "posts" : "pages", "skipped");
      }
      progress.update(++done);
    };
    // Items are independent once their slugs are planned and their files are in: a few are written at once, each in
    // its own transaction, while the next one is converted. Reading waits when all slots are busy, so memory stays
    // bounded by the number of slots.
    const running = write().finally(() => inFlight.delete(running));
    inFlight.add(running);
    if (inFlight.size >= (options.concurrency ?? 1)) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  progress.stop();

  await writeOldAddresses({ db, session, index, targets, categoryIds, tagIds, authorSlugs, mediaImporter, report, dryRun });
  return report;
}

/** Every old address that is not a post's (those are written with their post), in one idempotent batch. */
async function writeOldAddresses(ctx: {
  db: Database;
  session: { id: number };
  index: SiteIndex;
  targets: Map<number, Target>;
  categoryIds: Map<string, number>;
  tagIds: Map<string, number>;
  authorSlugs: Map<string, string>;
  mediaImporter: MediaImporter;
  report: ImportReport;
  dryRun: boolean;
}): Promise<void> {
  const { db, index, report } = ctx;
  const addresses = new OldAddresses();
  for (const [id, target] of ctx.targets) {
    if (target.kind !== "page") continue;
    const path = pagePath(target.slug);
    addresses.add(index.items.get(id)!.path, path);
    addresses.add(`/?page_id=${id}`, path);
    addresses.add(`/?p=${id}`, path);
  }
  const ids = [...new Set(ctx.categoryIds.values())].filter((id) => id > 0);
  const categorySlugs = new Map(ids.length ? (await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(inArray(categories.id, ids))).map((c) => [c.id, c.slug]) : []);
  const bySlug = new Map(index.categories.map((term) => [term.slug, term]));
  for (const term of index.categories) {
    const slug = categorySlugs.get(ctx.categoryIds.get(term.slug) ?? 0);
    if (!slug) continue;
    const chain = [term.slug];
    for (let parent = bySlug.get(term.parent); parent && chain.length < 10; parent = bySlug.get(parent.parent)) chain.unshift(parent.slug);
    addresses.add(`/category/${chain.join("/")}/`, `/kategorie/${slug}`);
    addresses.add(`/category/${term.slug}/`, `/kategorie/${slug}`);
    if (term.id) addresses.add(`/?cat=${term.id}`, `/kategorie/${slug}`);
  }
  // Tags lead where the import put them (importTags: a tag of the same address, a slug changed since, `-thema`).
  const tagRowIds = [...new Set(ctx.tagIds.values())].filter((id) => id > 0);
  const tagSlugs = new Map(tagRowIds.length ? (await db.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.id, tagRowIds))).map((t) => [t.id, t.slug]) : []);
  for (const term of index.tags) {
    const slug = tagSlugs.get(ctx.tagIds.get(term.slug) ?? 0);
    if (!slug) continue;
    addresses.add(`/tag/${term.slug}/`, `/schlagwort/${slug}`);
    addresses.add(`/?tag=${term.slug}`, `/schlagwort/${slug}`);
  }
  for (const author of index.authors) {
    const slug = ctx.authorSlugs.get(author.login);
    if (!slug) continue;
    addresses.add(`/author/${author.login}/`, `/autor/${slug}`);
    if (author.id) addresses.add(`/?author=${author.id}`, `/autor/${slug}`);
  }
  const files = ctx.mediaImporter.files();
  const fileIds = [...new Set(files.map(([, id]) => id))];
  const served = new Map(
    fileIds.length
      ? (await db.select({ id: media.id, hash: media.hash, kind: media.kind, extension: media.extension, variants: media.variants }).from(media).where(inArray(media.id, fileIds))).map(
          (row) => [row.id, servedUrl(row)],
        )
      : [],
  );
  const uploads = new Map(files.flatMap(([uploadPath, id]) => (served.has(id) ? [[uploadPath, served.get(id)!] as const] : [])));
  for (const [uploadPath, url] of uploads) addresses.add(`/wp-content/uploads/${uploadPath}`, url);
  for (const item of index.items.values()) {
    if (item.type !== "attachment" || !item.file) continue;
    const url = uploads.get(item.file.uploadPath) ?? null;
    if (item.file.urlPath) addresses.add(item.file.urlPath, url);
    addresses.add(item.path, url);
    addresses.add(`/?attachment_id=${item.id}`, url);
  }
  const rows = addresses.list();
  if (ctx.dryRun) {
    report.count("redirects", "created", rows.length);
    return;
  }
  const actor = await authoriseImport(db, ctx.session);
  if (!actor.ok) return;
  const written = await saveImportedRedirects(db, actor.value, rows.map((row) => ({ ...row, postId: null })));
  report.count("redirects", "created", written);
  report.count("redirects", "unchanged", rows.length - written);
}

async function importCategories(
  db: Database,
  session: { id: number },
  source: string,
  terms: WxrTerm[],
  report: ImportReport,
  dryRun: boolean,
  onProgress: (n: number) => void,
): Promise<Map<string, number>> {
  const mappings = await loadMappings(db, source, "category");
  const existing = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  const byId = new Map(existing.map((row) => [row.id, row]));
  const bySlug = new Map(existing.map((row) => [row.slug, row.id]));
  const ids = new Map<string, number>();
  const termBySlug = new Map(terms.map((term) => [term.slug, term]));
  for (const [n, term] of terms.entries()) {
    onProgress(n + 1);
    const key = { source, kind: "category", sourceKey: String(term.id || term.slug) };
    // Blattwerk nests one level: a WordPress grandchild goes under the top of its chain, and the report says so.
    let top = termBySlug.get(term.parent);
    for (let depth = 0; top && termBySlug.get(top.parent) && depth < 10; depth++) top = termBySlug.get(top.parent);
    if (top && top.slug !== term.parent) report.warn(w.categoryFlattened(term.name, top.name));
    const parentId = top ? (ids.get(top.slug) ?? null) : null;
    const input = { name: term.name.slice(0, 120), description: shorten(term.description, 600), parentId: parentId !== null && parentId > 0 ? parentId : null };
    const sum = checksum({ name: input.name, description: input.description, parent: term.parent });
    const mapped = mappings.get(key.sourceKey);
    const current = mapped ? byId.get(mapped.targetId) : undefined;
    if (mapped && current) {
      ids.set(term.slug, current.id);
      if (mapped.checksum === sum) {
        report.count("categories", "unchanged");
        continue;
      }
      if (!dryRun) {
        const saved = await updateCategory(db, session, current.id, { ...input, slug: current.slug });
        if (!saved.ok) {
          report.warn(w.refused(term.name, saved.message));
          report.count("categories", "skipped");
          continue;
        }
        await saveMapping(db, key, { targetId: current.id, checksum: sum, targetVersion: null });
      }
      report.count("categories", "updated");
      continue;
    }
    let slug = cleanSlug(term.slug, term.name, `kategorie-${term.id}`);
    if (RESERVED_SLUGS.has(slug)) slug = `${slug}-thema`;
    const same = bySlug.get(slug);
    if (same !== undefined) {
      // A category of that address exists already (the demo's, or one made by hand): the posts join it.
      ids.set(term.slug, same);
      if (!dryRun) await saveMapping(db, key, { targetId: same, checksum: sum, targetVersion: null });
      report.count("categories", "unchanged");
      continue;
    }
    if (dryRun) {
      ids.set(term.slug, -1 - n);
      report.count("categories", "created");
      continue;
    }
    const created = await db.transaction(async (tx) => {
      const saved = await createCategory(tx as unknown as Database, session, { ...input, slug });
      if (saved.ok) await saveMapping(tx, key, { targetId: saved.value.id, checksum: sum, targetVersion: null });
      return saved;
    });
    if (!created.ok) {
      report.warn(w.refused(term.name, Object.values(created.fieldErrors ?? {})[0] ?? created.message));
      report.count("categories", "skipped");
      continue;
    }
    ids.set(term.slug, created.value.id);
    bySlug.set(slug, created.value.id);
    report.count("categories", "created");
  }
  return ids;
}

/** Tags by WordPress slug → Blattwerk tag id; a tag of the same address that exists already is used. */
async function importTags(
  db: Database,
  session: { id: number },
  source: string,
  terms: WxrTerm[],
  report: ImportReport,
  dryRun: boolean,
  onProgress: (n: number) => void,
): Promise<Map<string, number>> {
  const mappings = await loadMappings(db, source, "tag");
  const existing = await db.select({ id: tags.id, slug: tags.slug }).from(tags);
  const known = new Set(existing.map((row) => row.id));
  const bySlug = new Map(existing.map((row) => [row.slug, row.id]));
  const ids = new Map<string, number>();
  for (const [n, term] of terms.entries()) {
    onProgress(n + 1);
    const key = { source, kind: "tag", sourceKey: String(term.id || term.slug) };
    const input = { name: term.name.replace(/[,\s]+/g, " ").trim().slice(0, 60), description: shorten(term.description, 600) };
    const sum = checksum(input);
    const mapped = mappings.get(key.sourceKey);
    if (mapped && known.has(mapped.targetId)) {
      ids.set(term.slug, mapped.targetId);
      if (mapped.checksum === sum) {
        report.count("tags", "unchanged");
        continue;
      }
      const [current] = await db.select({ slug: tags.slug }).from(tags).where(eq(tags.id, mapped.targetId));
      const saved = dryRun ? null : await updateTag(db, session, mapped.targetId, { ...input, slug: current!.slug });
      if (saved && !saved.ok) {
        report.warn(w.refused(term.name, saved.message));
        report.count("tags", "skipped");
        continue;
      }
      if (!dryRun) await saveMapping(db, key, { targetId: mapped.targetId, checksum: sum, targetVersion: null });
      report.count("tags", "updated");
      continue;
    }
    const slug = cleanSlug(term.slug, term.name, "") || tagSlugOf(input.name);
    const same = bySlug.get(slug);
    if (same !== undefined) {
      ids.set(term.slug, same);
      if (!dryRun) await saveMapping(db, key, { targetId: same, checksum: sum, targetVersion: null });
      report.count("tags", "unchanged");
      continue;
    }
    if (dryRun) {
      ids.set(term.slug, -1 - n);
      report.count("tags", "created");
      continue;
    }
    const created = await db.transaction(async (tx) => {
      const saved = await createTag(tx, session, { ...input, slug: RESERVED_SLUGS.has(slug) ? `${slug}-thema` : slug });
      if (saved.ok) await saveMapping(tx, key, { targetId: saved.value.id, checksum: sum, targetVersion: null });
      return saved;
    });
    if (!created.ok) {
      report.warn(w.refused(term.name, Object.values(created.fieldErrors ?? {})[0] ?? created.message));
      report.count("tags", "skipped");
      continue;
    }
    ids.set(term.slug, created.value.id);
    bySlug.set(slug, created.value.id);
    report.count("tags", "created");
  }
  return ids;
}

/** Old-site paths (normalised) → Blattwerk paths, for rewriting links in the content. */
function linkTable(index: SiteIndex, targets: Map<number, Target>, categoryIds: Map<string, number>, authorSlugs: Map<string, string>): Map<string, string> {
  const links = new Map<string, string>();
  for (const [id, target] of targets) {
    const item = index.items.get(id)!;
    const path = target.kind === "post" ? `/artikel/${target.slug}` : pagePath(target.slug);
    if (item.path) links.set(normalisedPath(item.path), path);
    links.set(normalisedPath(`/?p=${id}`), path);
    if (target.kind === "page") links.set(normalisedPath(`/?page_id=${id}`), path);
  }
  const bySlug = new Map(index.categories.map((term) => [term.slug, term]));
  for (const term of index.categories) {
    if (!categoryIds.has(term.slug)) continue;
    const chain = [term.slug];
    for (let parent = bySlug.get(term.parent); parent && chain.length < 10; parent = bySlug.get(parent.parent)) chain.unshift(parent.slug);
    const path = `/kategorie/${cleanSlug(term.slug, term.name, `kategorie-${term.id}`)}`;
    links.set(normalisedPath(`/category/${chain.join("/")}/`), path);
    links.set(normalisedPath(`/category/${term.slug}/`), path);
    // Blattwerk's own addresses, as its export writes them.
    links.set(normalisedPath(`/kategorie/${term.slug}`), path);
    if (term.id) links.set(normalisedPath(`/?cat=${term.id}`), path);
  }
  for (const [login, slug] of authorSlugs) {
    links.set(normalisedPath(`/author/${login}/`), `/autor/${slug}`);
    links.set(normalisedPath(`/autor/${login}`), `/autor/${slug}`);
  }
  return links;
}

type WriteContext = {
  db: Database;
  session: { id: number };
  source: string;
  item: WxrItem;
  target: Target;
  report: ImportReport;
  dryRun: boolean;
};

function finishWrite(ctx: WriteContext, kind: "posts" | "pages", result: { ok: true } | Refusal, updating: boolean): void {
  if (result.ok) {
    ctx.report.count(kind, updating ? "updated" : "created");
    return;
  }
  ctx.report.count(kind, "skipped");
  const detail = result.reason === "conflict" && updating ? w.editedHere : Object.values(result.fieldErrors ?? {})[0] ?? result.message;
  ctx.report.warn(w.refused(ctx.item.title, detail));
}

async function writePost(
  ctx: WriteContext & {
    converted: ReturnType<typeof convertContent>;
    now: Date;
    authorIds: Map<string, number>;
    categoryIds: Map<string, number>;
    tagIds: Map<string, number>;
    fallbackCategory: { id: number; name: string } | undefined;
    actorId: number;
    cover: { id: number; kind: string; alt: string } | null;
    oldPaths: string[];
    comments: ImportedComment[];
  },
): Promise<{ postId: number | null; written: CommentCounts | null }> {
  const { item, target, report, converted } = ctx;
  const title = item.title.trim() || `Ohne Titel (${item.id})`;
  if (title.length > 200) report.warn(w.truncated("Titel", title, 200));
  const explicitExcerpt = plainText(item.excerpt);
  if (explicitExcerpt.length > 600) report.warn(w.truncated("Anriss", title, 600));
  let categoryIds = [...new Set(item.terms.filter((t) => t.kind === "category").flatMap((t) => (ctx.categoryIds.has(t.slug) ? [ctx.categoryIds.get(t.slug)!] : [])))];
  if (categoryIds.length > 3) {
    categoryIds = categoryIds.slice(0, 3);
    report.warn(w.tooManyCategories(title, item.terms.filter((t) => t.kind === "category").slice(0, 3).map((t) => t.name).join(", ")));
  }
  if (categoryIds.length === 0 && ctx.fallbackCategory !== undefined) {
    categoryIds = [ctx.fallbackCategory.id];
    report.warn(w.noCategory(title, ctx.fallbackCategory.name));
  }
  let coverMediaId: number | null = null;
  if (ctx.cover && ctx.cover.kind === "image") {
    if (ctx.cover.alt) coverMediaId = ctx.cover.id;
    else report.warn(w.coverWithoutAlt(title));
  }
  const date = item.date ?? parseLocalDateTime(item.localDate.replace(" ", "T")) ?? ctx.now;
  let status: Post["status"] = "draft";
  let publishedAt: Date | null = null;
  if (item.password && (item.status === "publish" || item.status === "future")) {
    report.notPublic.push({ title, reason: "password" });
    report.warn(w.passwordPost(title));
  } else if (item.status === "private") {
    report.notPublic.push({ title, reason: "private" });
    report.warn(w.privatePost(title));
  } else if (item.status === "publish" || item.status === "future") {
    status = "published";
    publishedAt = date;
  } else if (item.status === "pending") {
    status = "review";
  }
  let authorId = ctx.authorIds.get(item.creator);
  if (authorId === undefined) {
    report.warn(w.unknownAuthor(item.creator, title));
    authorId = ctx.actorId;
  }
  const postTagTerms = item.terms.filter((t) => t.kind === "tag");
  // Tags the export declares were created above; one it only names on the post is found or created by its name.
  const tagIds = [...new Set(postTagTerms.flatMap((t) => (ctx.tagIds.get(t.slug) ?? 0) > 0 ? [ctx.tagIds.get(t.slug)!] : []))].slice(0, 20);
  const undeclared = postTagTerms.filter((t) => !ctx.tagIds.has(t.slug)).map((t) => t.name).filter((name) => tagSlugOf(name) !== "");
  const input = {
    title: title.slice(0, 200),
    slug: target.slug,
    excerpt: shorten(explicitExcerpt || converted.teaser, 600),
    body: converted.markdown,
    categoryIds,
    tags: undeclared.slice(0, Math.max(0, 20 - tagIds.length)),
    seriesId: null,
    seriesPosition: null,
    coverMediaId,
    attachmentIds: converted.documentIds.slice(0, 20),
    ...yoastSeo(item.meta),
  };
  const oldPaths = ctx.oldPaths;
  const updatedAt = item.modified ?? date;
  // A sticky post is pinned, at its own date: WordPress keeps no time of pinning, and the checksum stays stable.
  const pinnedAt = item.sticky && status === "published" ? publishedAt : null;
  const sum = checksum({ input, authorId, status, publishedAt, updatedAt, oldPaths, tagIds, pinnedAt });
  if (target.existing?.checksum === sum) {
    report.count("posts", "unchanged");
    return { postId: target.existing.targetId, written: null };
  }
  if (ctx.dryRun) {
    report.count("posts", target.existing ? "updated" : "created");
    return { postId: null, written: null };
  }
  const saved = await saveImportedPost(ctx.db, ctx.session, { source: ctx.source, kind: "post", sourceKey: String(item.id) }, target.existing, {
    input,
    authorId,
    status,
    publishedAt,
    createdAt: date,
    updatedAt,
    oldPaths,
    tagIds,
    pinnedAt,
    checksum: sum,
  }, { source: ctx.source, items: ctx.comments });
  finishWrite(ctx, "posts", saved, Boolean(target.existing));
  // A post an editor changed since (409) still gets the source's new comments.
  return saved.ok ? { postId: saved.value.id, written: saved.value.comments } : { postId: target.existing?.targetId ?? null, written: null };
}

/** A post's comments: approved and pending ones, threads kept; spam, trash and pingbacks counted and left out. */
async function writeComments(ctx: {
  db: Database;
  session: { id: number };
  source: string;
  item: WxrItem;
  report: ImportReport;
  dryRun: boolean;
  postId: number | null;
  /** What the post's own transaction wrote of them, if it did. */
  written: CommentCounts | null;
  comments: ReturnType<typeof importableComments>;
}): Promise<void> {
  const { kept, skipped } = ctx.comments;
  if (skipped > 0) {
    ctx.report.count("comments", "skipped", skipped);
    ctx.report.spamComments += skipped;
  }
  if (kept.length === 0) return;
  if (ctx.dryRun || ctx.postId === null) {
    if (ctx.dryRun) ctx.report.count("comments", "created", kept.length);
    return;
  }
  const saved = ctx.written ? { ok: true as const, value: ctx.written } : await saveImportedComments(ctx.db, ctx.session, ctx.source, ctx.postId, kept);
  if (!saved.ok) {
    ctx.report.warn(w.refused(ctx.item.title, saved.message));
    ctx.report.count("comments", "skipped", kept.length);
    return;
  }
  for (const outcome of ["created", "updated", "unchanged"] as const) ctx.report.count("comments", outcome, saved.value[outcome]);
}

async function writePage(ctx: WriteContext & { body: string }): Promise<void> {
  const { item, target, report } = ctx;
  const title = (item.title.trim() || `Ohne Titel (${item.id})`).slice(0, 200);
  const legal = LEGAL_TARGETS[item.slug];
  if (legal) report.warn(w.legalPage(title, legal));
  let status: "draft" | "published" = "draft";
  if (item.status === "private") {
    report.notPublic.push({ title, reason: "private" });
    report.warn(w.privatePost(title));
  } else if (item.password) {
    report.notPublic.push({ title, reason: "password" });
    report.warn(w.passwordPost(title));
  } else if (item.status === "publish" && !legal) {
    status = "published";
  }
  const input = { title, slug: target.slug, body: ctx.body, status };
  const sum = checksum(input);
  if (target.existing?.checksum === sum) {
    report.count("pages", "unchanged");
    return;
  }
  if (ctx.dryRun) {
    report.count("pages", target.existing ? "updated" : "created");
    return;
  }
  const key = { source: ctx.source, kind: "page", sourceKey: String(item.id) };
  const existing = target.existing;
  const saved = await ctx.db.transaction(async (tx) => {
    const result = existing
      ? await updatePage(tx as unknown as Database, ctx.session, existing.targetId, existing.targetVersion ?? 1, input)
      : await createPage(tx as unknown as Database, ctx.session, input);
    if (result.ok) await saveMapping(tx, key, { targetId: result.value.id, checksum: sum, targetVersion: result.value.version });
    return result;
  });
  finishWrite(ctx, "pages", saved, Boolean(existing));
}

/**
 * What Yoast SEO kept for the post: its own search title and description (unless they are Yoast templates with
 * %%variables%%, which mean "derive it", as empty fields do here) and „noindex“.
 */
export function yoastSeo(meta: Map<string, string[]>): { seoTitle: string; seoDescription: string; noindex: boolean } {
  const own = (key: string, max: number) => {
    const value = (meta.get(key)?.at(-1) ?? "").replace(/\s+/g, " ").trim();
    return value.includes("%%") ? "" : value.slice(0, max);
  };
  return {
    seoTitle: own("_yoast_wpseo_title", 120),
    seoDescription: own("_yoast_wpseo_metadesc", 320),
    noindex: meta.get("_yoast_wpseo_meta-robots-noindex")?.at(-1) === "1",
  };
}
