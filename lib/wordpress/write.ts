// Runs a WordPress import: the first pass indexes the export, then authors, terms, media and content are written
// through the data layer, one item per transaction, with a mapping row per item so a rerun finds what it made.
import { createHash } from "node:crypto";
import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { importAuthor, loadMappings, saveImportedPost, saveMapping, type Mapping } from "@/db/mutations/imports";
import { parseLocalDateTime } from "@/db/mutations/post-input";
import { createPage, updatePage } from "@/db/mutations/pages";
import { createCategory, updateCategory } from "@/db/mutations/taxonomy";
import { categories, pages, posts, users, type Post } from "@/db/schema";
import { tWordpress } from "@/lib/i18n/wordpress";
import type { MediaStorage } from "@/lib/media/storage";
import { isAllowedPageSlug, pagePath, STRUCTURED_PAGE_SLUGS } from "@/lib/pages";
import { isValidSlug, RESERVED_SLUGS, slugFromTitle } from "@/lib/slug";
import { convertContent, plainText, referencedUploads, shorten, type ConvertContext } from "./convert";
import { MediaImporter } from "./media";
import { readWxr, type WxrItem, type WxrTerm } from "./parse";
import { attachmentsOf, normalisedPath, ownPathResolver, scanWxr, type IndexedItem, type SiteIndex } from "./plan";
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

  // Categories, parents first; tags wait for the tag taxonomy.
  progress.start(tWordpress.phases.terms, index.categories.length + index.tags.length);
  const categoryIds = await importCategories(db, session, source, index.categories, report, dryRun, (n) => progress.update(n));
  if (index.tags.length) report.count("tags", "skipped", index.tags.length);
  progress.update(index.categories.length + index.tags.length);
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
          await writePost({ db, session, source, item, target, converted, report, dryRun, now, authorIds, categoryIds, fallbackCategory, actorId: options.actorId, cover });
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
  return report;
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
  for (const [n, term] of terms.entries()) {
    onProgress(n + 1);
    const key = { source, kind: "category", sourceKey: String(term.id || term.slug) };
    const input = { name: term.name.slice(0, 120), description: shorten(term.description, 600) };
    const sum = checksum({ ...input, parent: term.parent });
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

function finishWrite(ctx: WriteContext, kind: "posts" | "pages", result: { ok: true } | { ok: false; status: number; message: string; fieldErrors?: Record<string, string> }, updating: boolean): void {
  if (result.ok) {
    ctx.report.count(kind, updating ? "updated" : "created");
    return;
  }
  ctx.report.count(kind, "skipped");
  const detail = result.status === 409 && updating ? "in Blattwerk bearbeitet, Änderungen der Quelle nicht übernommen" : Object.values(result.fieldErrors ?? {})[0] ?? result.message;
  ctx.report.warn(w.refused(ctx.item.title, detail));
}

async function writePost(
  ctx: WriteContext & {
    converted: ReturnType<typeof convertContent>;
    now: Date;
    authorIds: Map<string, number>;
    categoryIds: Map<string, number>;
    fallbackCategory: { id: number; name: string } | undefined;
    actorId: number;
    cover: { id: number; kind: string; alt: string } | null;
  },
): Promise<void> {
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
  const input = {
    title: title.slice(0, 200),
    slug: target.slug,
    excerpt: shorten(explicitExcerpt || converted.teaser, 600),
    body: converted.markdown,
    categoryIds,
    seriesId: null,
    seriesPosition: null,
    coverMediaId,
    attachmentIds: converted.documentIds.slice(0, 20),
  };
  const oldSlugs = [...new Set((item.meta.get("_wp_old_slug") ?? []).map((slug) => slugFromTitle(slug)).filter((slug) => isValidSlug(slug) && slug !== target.slug))];
  const updatedAt = item.modified ?? date;
  const sum = checksum({ input, authorId, status, publishedAt, updatedAt, oldSlugs });
  if (target.existing?.checksum === sum) {
    report.count("posts", "unchanged");
    return;
  }
  if (ctx.dryRun) {
    report.count("posts", target.existing ? "updated" : "created");
    return;
  }
  const saved = await saveImportedPost(ctx.db, ctx.session, { source: ctx.source, kind: "post", sourceKey: String(item.id) }, target.existing, {
    input,
    authorId,
    status,
    publishedAt,
    createdAt: date,
    updatedAt,
    oldSlugs,
    checksum: sum,
  });
  finishWrite(ctx, "posts", saved, Boolean(target.existing));
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
