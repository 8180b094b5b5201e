// The publication's tables, relations and inferred row types: the one schema both drivers share.
import { relations, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const userRole = pgEnum("user_role", ["admin", "editor", "author", "contributor"]);

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull(),
  slug: text("slug").notNull().unique(),
  bio: text("bio").notNull().default(""),
  role: userRole("role").notNull().default("author"),
  passwordHash: text("password_hash"),
  active: boolean("active").notNull().default(true),
  ...timestamps,
});

export const categories = pgTable(
  "categories",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    slug: text("slug").notNull().unique(),
    description: text("description").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0),
    /**
     * One level of subcategories: a parent is always a top-level category (db/mutations/taxonomy.ts refuses deeper
     * nesting and cycles). Deleting a parent makes its children top-level categories.
     */
    parentId: integer("parent_id").references((): AnyPgColumn => categories.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [index("categories_sort_idx").on(t.sortOrder, t.name), index("categories_parent_idx").on(t.parentId)],
);

/** Schlagwörter: free keywords beside the categories, many per post, created by editors and authors as they type. */
export const tags = pgTable("tags", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  description: text("description").notNull().default(""),
  ...timestamps,
});

export const series = pgTable("series", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  title: text("title").notNull(),
  slug: text("slug").notNull().unique(),
  description: text("description").notNull().default(""),
  ...timestamps,
});

// "review" and "deletedAt" (trash) belong to the editorial workflow; readers only ever see published, due, untrashed posts.
export const postStatus = pgEnum("post_status", ["draft", "review", "published"]);

/** The condition every reader-facing query applies; the partial indexes below are built on exactly it. */
export const readerVisibleSql = sql`status = 'published' and deleted_at is null`;

/** PostgreSQL's full-text document type; drizzle reads it as its text form, which no reader query selects. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The search document of a post: title (A), excerpt, category and tag names (B), body (C), stemmed with the `german`
 * configuration. Generated, so every save of the post's own fields refreshes it; category and tag names live in
 * other tables and reach it through category_names and tag_names, which triggers keep current (migrations
 * 0003_reader_search and 0012_tags_subcategories_pins).
 */
const postSearchDocument = sql`setweight(to_tsvector('german'::regconfig, title), 'A')
    || setweight(to_tsvector('german'::regconfig, excerpt), 'B')
    || setweight(to_tsvector('german'::regconfig, category_names), 'B')
    || setweight(to_tsvector('german'::regconfig, tag_names), 'B')
    || setweight(to_tsvector('german'::regconfig, body), 'C')`;

/** Uploaded photos and documents. Files live in the media storage under their content hash; this row holds what editors say about them. */
export const mediaKind = pgEnum("media_kind", ["image", "document"]);

/** One stored rendition of an image: `${width}.${format}` beside the original. */
export type MediaVariant = { width: number; height: number; format: "avif" | "webp" | "jpg"; bytes: number };

export const media = pgTable(
  "media",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** SHA-256 of the uploaded bytes, hex: the file's name in storage and in its URL. */
    hash: text("hash").notNull().unique(),
    kind: mediaKind("kind").notNull(),
    mimeType: text("mime_type").notNull(),
    /** The extension for the detected type (never the uploader's). */
    extension: text("extension").notNull(),
    originalName: text("original_name").notNull(),
    title: text("title").notNull().default(""),
    byteSize: integer("byte_size").notNull(),
    width: integer("width"),
    height: integer("height"),
    variants: jsonb("variants").$type<MediaVariant[]>().notNull().default([]),
    alt: text("alt").notNull().default(""),
    /** Purely decorative images render alt="": an explicit choice, never the default. */
    decorative: boolean("decorative").notNull().default(false),
    /** The point crops keep in view, in percent of width and height (50/50 is the centre). */
    focalX: smallint("focal_x").notNull().default(50),
    focalY: smallint("focal_y").notNull().default(50),
    caption: text("caption").notNull().default(""),
    credit: text("credit").notNull().default(""),
    licence: text("licence").notNull().default(""),
    licenceUrl: text("licence_url").notNull().default(""),
    uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    /**
     * Set when an editor deletes the file: it is gone for readers, the library and the editor's choices, but can be
     * restored for MEDIA_UNDO_MS; after that a purge removes the row and the stored files.
     */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // The library and the editor's choices list the files not deleted, newest first.
    index("media_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.deletedAt} is null`),
    // The purge looks for files deleted longer ago than the undo window.
    index("media_deleted_idx").on(t.deletedAt).where(sql`${t.deletedAt} is not null`),
  ],
);

/**
 * Files an item had before it was replaced. References in posts' Markdown and pages already cached name the old hash:
 * the renderer resolves it to the item's current file, and the old variants stay servable under their old URLs.
 */
export const mediaFormerFiles = pgTable(
  "media_former_files",
  {
    hash: text("hash").primaryKey(),
    mediaId: integer("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "cascade" }),
    mimeType: text("mime_type").notNull(),
    extension: text("extension").notNull(),
    originalName: text("original_name").notNull(),
    byteSize: integer("byte_size").notNull(),
    width: integer("width"),
    height: integer("height"),
    variants: jsonb("variants").$type<MediaVariant[]>().notNull().default([]),
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("media_former_files_media_idx").on(t.mediaId)],
);

export const posts = pgTable(
  "posts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    slug: text("slug").notNull().unique(),
    excerpt: text("excerpt").notNull().default(""),
    body: text("body").notNull().default(""),
    status: postStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** The cover, from the media library: alt text, credit and variants come with it. */
    coverMediaId: integer("cover_media_id").references(() => media.id, { onDelete: "restrict" }),
    seriesId: integer("series_id").references(() => series.id, { onDelete: "set null" }),
    seriesPosition: smallint("series_position"),
    version: integer("version").notNull().default(1),
    /** The post's category names, space-separated; written only by the triggers of migration 0002_reader_search. */
    categoryNames: text("category_names").notNull().default(""),
    /** The post's tag names, space-separated; written only by the triggers of migration 0012. */
    tagNames: text("tag_names").notNull().default(""),
    /** „Angeheftet“: set while the post heads the front page (newest pin first); not part of the versioned content. */
    pinnedAt: timestamp("pinned_at", { withTimezone: true }),
    /** Reader comments: null follows the site's default (site_settings "comments"); not part of the versioned content. */
    commentsOpen: boolean("comments_open"),
    /** What search engines and social networks are told, where it should differ from title, excerpt and cover. */
    seoTitle: text("seo_title").notNull().default(""),
    seoDescription: text("seo_description").notNull().default(""),
    socialMediaId: integer("social_media_id").references(() => media.id, { onDelete: "set null" }),
    /** „Nicht indexieren“: robots noindex on the article, and out of the sitemap. */
    noindex: boolean("noindex").notNull().default(false),
    searchVector: tsvector("search_vector").notNull().generatedAlwaysAs(postSearchDocument),
    ...timestamps,
  },
  (t) => [
    // NULLS FIRST is PostgreSQL's default for DESC, so "order by published_at desc, id desc" (and its reverse) walk
    // these indexes without a sort.
    index("posts_reader_feed_idx").on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(readerVisibleSql),
    index("posts_reader_author_idx")
      .on(t.authorId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(readerVisibleSql),
    // What search engines are shown (db/queries/sitemap.ts) and counted when a post change picks the sitemap files to
    // drop (sitemapFilesOf): without it both counts read the whole table (276 ms at 100,000 posts, 63 ms with it).
    index("posts_reader_indexable_idx")
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${readerVisibleSql} and not noindex`),
    index("posts_series_idx").on(t.seriesId, t.seriesPosition),
    // The front page's pinned posts: few rows, read newest pin first.
    index("posts_reader_pinned_idx").on(t.pinnedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${readerVisibleSql} and pinned_at is not null`),
    index("posts_status_updated_idx").on(t.status, t.updatedAt.desc().nullsFirst()),
    // The dashboard's sortable list (db/queries/dashboard-posts.ts): every column's order, without the trash.
    index("posts_dashboard_title_idx").on(t.title, t.id).where(sql`deleted_at is null`),
    index("posts_dashboard_status_idx")
      .on(t.status, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`deleted_at is null`),
    index("posts_dashboard_date_idx").on(t.publishedAt.desc().nullsLast(), t.id.desc().nullsFirst()).where(sql`deleted_at is null`),
    index("posts_dashboard_updated_idx").on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`deleted_at is null`),
    // An author's own posts, newest change first.
    index("posts_author_updated_idx").on(t.authorId, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // One index for readers and editors alike: the visibility filter is applied to the few rows it returns.
    index("posts_search_idx").using("gin", t.searchVector),
    // Typo-tolerant fallback: similarity of the query to titles (pg_trgm).
    index("posts_title_trgm_idx").using("gin", t.title.op("gin_trgm_ops")),
    // The media library asks which posts use a file before deleting it.
    index("posts_social_media_idx").on(t.socialMediaId).where(sql`${t.socialMediaId} is not null`),
  ],
);

/** What a post's revision keeps beside the shared fields: categories, series, cover, downloads, publish date. */
export type RevisionDetails = {
  categoryIds: number[];
  /** Tags in the editor's order; revisions saved before tags existed have none. */
  tagIds?: number[];
  seriesId: number | null;
  seriesPosition: number | null;
  /** Plain cover paths of revisions saved before covers came only from the media library; ignored on restore. */
  coverImagePath?: string | null;
  coverImageAlt?: string | null;
  coverImageCredit?: string | null;
  coverMediaId?: number | null;
  attachmentIds?: number[];
  publishedAt: string | null;
  /** Revisions saved before the SEO fields existed have none; restoring them keeps the post's current ones. */
  seo?: PostSeo;
};

/** A post's own search and social settings; empty strings and null mean "derive from the post". */
export type PostSeo = { seoTitle: string; seoDescription: string; socialMediaId: number | null; noindex: boolean };

/** Documents offered for download under a post, in the editor's order. */
export const postAttachments = pgTable(
  "post_attachments",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    mediaId: integer("media_id")
      .notNull()
      .references(() => media.id, { onDelete: "restrict" }),
    position: smallint("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.mediaId] }), index("post_attachments_media_idx").on(t.mediaId)],
);

/** What a planned change of a live post brings: the post's content as the editor had it, without its address. */
export type ScheduledPostContent = {
  title: string;
  excerpt: string;
  body: string;
  categoryIds: number[];
  seriesId: number | null;
  seriesPosition: number | null;
  coverMediaId: number | null;
  attachmentIds: number[];
  /** Tag names as typed; absent in plans made before tags existed, which keep the post's current tags. */
  tags?: string[];
  /** Absent in plans made before the SEO fields existed, which keep the post's current ones. */
  seo?: PostSeo;
};

/**
 * „Änderung planen“: a changed version of a published post that replaces the live one at due_at, while the live
 * one stays online until then. The first reader query after that time swaps it in (db/mutations/scheduled-changes.ts).
 */
export const postScheduledChanges = pgTable(
  "post_scheduled_changes",
  {
    postId: integer("post_id")
      .primaryKey()
      .references(() => posts.id, { onDelete: "cascade" }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    content: jsonb("content").$type<ScheduledPostContent>().notNull(),
    plannedBy: integer("planned_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("post_scheduled_changes_due_idx").on(t.dueAt)],
);

/**
 * Shareable preview links for people without an account: one per post at a time, valid until expires_at, revoked by
 * deleting the row. The link itself is the row's id and expiry signed with AUTH_SECRET (lib/share-token.ts), so no
 * token is stored, and a link whose row is gone answers 404 at once, on every instance.
 */
export const postShareLinks = pgTable(
  "post_share_links",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("post_share_links_post_idx").on(t.postId), index("post_share_links_expires_idx").on(t.expiresAt)],
);

/**
 * Old addresses and where they lead now (docs/redirects.md): 301 to a path on this site, or 410 Gone. Renamed and
 * deleted posts, an import's old WordPress addresses and redirects made by hand live here alike. A row bound to a
 * post (`post_id`) follows the post: it leads to the post's current slug, only while the post is public, and turns
 * 410 when the post is deleted for good. `source_path` is normalised (lib/redirect-paths.ts), one indexed lookup.
 */
export const redirectOrigin = pgEnum("redirect_origin", ["import", "rename", "hand"]);

export const redirects = pgTable(
  "redirects",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    sourcePath: text("source_path").notNull().unique(),
    /** A local path ("/artikel/x", "/medien/…"); empty for 410. */
    targetPath: text("target_path").notNull().default(""),
    status: smallint("status").notNull().default(301),
    postId: integer("post_id").references(() => posts.id, { onDelete: "set null" }),
    origin: redirectOrigin("origin").notNull(),
    hits: integer("hits").notNull().default(0),
    lastHitAt: timestamp("last_hit_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check("redirects_status_check", sql`${t.status} in (301, 410)`),
    index("redirects_post_idx").on(t.postId),
    // Chains are collapsed by target: "which rows lead to B" when B itself gets a redirect.
    index("redirects_target_idx").on(t.targetPath),
    // The manager's default order, newest change first.
    index("redirects_updated_idx").on(t.updatedAt.desc(), t.id.desc()),
    // The manager's filter: a part of either path.
    index("redirects_source_trgm_idx").using("gin", t.sourcePath.op("gin_trgm_ops")),
    index("redirects_target_trgm_idx").using("gin", t.targetPath.op("gin_trgm_ops")),
  ],
);

/**
 * Reader addresses that found nothing, for the redirect manager: path, how often, when last, and the host of the
 * last referring site. No IP address, no user agent. Bounded: the oldest rows beyond a cap are dropped.
 */
export const notFoundLog = pgTable(
  "not_found_log",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    path: text("path").notNull().unique(),
    hits: integer("hits").notNull().default(0),
    referrerHost: text("referrer_host").notNull().default(""),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("not_found_log_hits_idx").on(t.hits.desc(), t.lastSeenAt.desc(), t.id),
    index("not_found_log_last_seen_idx").on(t.lastSeenAt),
  ],
);

/**
 * Failed sign-ins by account and address, for slowing down guessing (db/mutations/sign-in.ts) and for the admins'
 * overview. The address is kept because that is what throttling is about; rows older than a day are pruned on write.
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull().default(""),
    address: text("address").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_failures_pair_idx").on(t.email, t.address, t.createdAt),
    index("sign_in_failures_address_idx").on(t.address, t.createdAt),
    index("sign_in_failures_created_idx").on(t.createdAt),
  ],
);

/**
 * Signed-in sessions: the JWT cookie names one row, and a session counts only while its row exists (auth.ts). Sign-out
 * deletes the row, „Alle Sitzungen beenden“, a password change, deactivation and deletion delete all of a user's.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/**
 * Who did what and when, for admins: sign-ins, role and access changes, publishing, deletions, ended sessions. The
 * actor's name is copied so an entry still says who it was after the account is deleted.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull().default(""),
    action: text("action").notNull(),
    subject: text("subject").notNull().default(""),
  },
  (t) => [index("audit_log_at_idx").on(t.at, t.id)],
);

/**
 * Every word that has appeared in a post or category name (lower case, unstemmed), kept by triggers: the vocabulary
 * for „Meinten Sie …?“. Words are never removed; a suggestion is offered only if it finds posts readers may see.
 */
export const searchWords = pgTable(
  "search_words",
  { word: text("word").primaryKey() },
  (t) => [index("search_words_trgm_idx").using("gin", t.word.op("gin_trgm_ops"))],
);

export const postCategories = pgTable(
  "post_categories",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    position: smallint("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.categoryId] }),
    uniqueIndex("post_categories_category_post_idx").on(t.categoryId, t.postId),
  ],
);

export const postTags = pgTable(
  "post_tags",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    position: smallint("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.tagId] }), uniqueIndex("post_tags_tag_post_idx").on(t.tagId, t.postId)],
);

/** Reader feedback („Barriere melden“, § 7 BITV 2.0); it has to be answered within a month. */
export const feedbackStatus = pgEnum("feedback_status", ["neu", "in_bearbeitung", "beantwortet"]);

export const feedbackMessages = pgTable(
  "feedback_messages",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull().default(""),
    email: text("email").notNull().default(""),
    message: text("message").notNull(),
    pageUrl: text("page_url").notNull().default(""),
    status: feedbackStatus("status").notNull().default("neu"),
    ...timestamps,
  },
  (t) => [index("feedback_messages_status_idx").on(t.status, t.createdAt)],
);

/**
 * Recent feedback submissions by hashed sender address, for the rate limit; the messages themselves keep no
 * address. Rows older than a day are pruned on write.
 */
export const feedbackThrottle = pgTable(
  "feedback_throttle",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    key: text("key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("feedback_throttle_key_idx").on(t.key, t.createdAt)],
);

/**
 * A form submission that was refused or failed, kept briefly so the form can show it again after post/redirect/get:
 * the reader's text survives without a cookie, a script or the text in a URL, on whichever instance serves the next
 * request. Only the form's own bounded fields are stored (lib/form-drafts.ts); expired rows are removed on write.
 */
export const formDrafts = pgTable(
  "form_drafts",
  {
    /** Random, 32 hex characters: the only way to read a draft back. */
    token: text("token").primaryKey(),
    form: text("form").notNull(),
    values: jsonb("values").$type<Record<string, string>>().notNull(),
    message: text("message").notNull(),
    fieldErrors: jsonb("field_errors").$type<Record<string, string>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("form_drafts_expires_idx").on(t.expiresAt), index("form_drafts_created_idx").on(t.createdAt)],
);

/**
 * Reader comments under posts. Readers see only approved ones; threads are one level deep, so parent_id always
 * names a top-level comment of the same post. user_id marks a comment written from the dashboard by the editorial
 * team (shown as „Redaktion“). The e-mail is never shown to readers; no address of the sender is stored.
 */
export const commentStatus = pgEnum("comment_status", ["pending", "approved", "spam", "trash"]);

export const comments = pgTable(
  "comments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    // Deleting a thread's first comment for good keeps its replies: they become top-level comments.
    parentId: integer("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "set null" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    authorName: text("author_name").notNull(),
    /** Lower-cased; empty when not given. Used for auto-approval and erasure (Art. 17 DSGVO), never shown to readers. */
    authorEmail: text("author_email").notNull().default(""),
    body: text("body").notNull(),
    status: commentStatus("status").notNull().default("pending"),
    /** The status a comment had before it went to spam or trash, for „Wiederherstellen“. */
    previousStatus: commentStatus("previous_status"),
    /** Why the spam rules held it ("links", "blocklist", "duplicate"); null when a person decided. */
    spamReason: text("spam_reason"),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    // Readers' threads and counts: approved comments of a post in order.
    index("comments_post_status_idx").on(t.postId, t.status, t.createdAt, t.id),
    // The moderation queue, newest first, by status.
    index("comments_status_created_idx").on(t.status, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("comments_parent_idx").on(t.parentId),
    index("comments_email_idx").on(t.authorEmail),
    // The repeated-text rule looks a body up by its hash, not by the text itself.
    index("comments_body_hash_idx").on(sql`md5(${t.body})`),
  ],
);

/** Recent comment submissions by salted hash of the sender's address, for the rate limit; pruned after a day. */
export const commentThrottle = pgTable(
  "comment_throttle",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    key: text("key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comment_throttle_key_idx").on(t.key, t.createdAt), index("comment_throttle_created_idx").on(t.createdAt)],
);

/** Structured settings edited by admins (Impressum, Erklärung zur Barrierefreiheit), one JSON document per key. */
export const siteSettings = pgTable("site_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<Record<string, string>>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Pages beside posts (Datenschutz, Leichte Sprache, …): no dates, authors or categories. */
export const pageStatus = pgEnum("page_status", ["draft", "published"]);

export const pages = pgTable("pages", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  title: text("title").notNull(),
  slug: text("slug").notNull().unique(),
  body: text("body").notNull().default(""),
  status: pageStatus("status").notNull().default("draft"),
  version: integer("version").notNull().default(1),
  ...timestamps,
});

/** The statuses a revision can record: a post's (draft, review, published) or a page's (draft, published). */
export type RevisionStatus = (typeof postStatus.enumValues)[number];

/**
 * Full snapshots of posts and pages, one table for both: each row belongs to exactly one post or one page (the check
 * below), and goes with it when it is deleted. Posts keep one at every publish and every save while published;
 * pages at every save. Fields a kind lacks (a page's excerpt) are empty.
 */
export const revisions = pgTable(
  "revisions",
  {
    // The table was post_revisions until pages had revisions too; renaming a table keeps its sequence's name.
    id: integer("id").primaryKey().generatedAlwaysAsIdentity({ name: "post_revisions_id_seq" }),
    postId: integer("post_id").references(() => posts.id, { onDelete: "cascade" }),
    pageId: integer("page_id").references(() => pages.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    editorId: integer("editor_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    slug: text("slug").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    body: text("body").notNull(),
    status: text("status").$type<RevisionStatus>().notNull(),
    /** Everything else that makes up the content: a post's RevisionDetails, nothing (an empty object) for a page. */
    details: jsonb("details").$type<RevisionDetails | Record<string, never>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("revisions_post_idx").on(t.postId, t.id.desc().nullsFirst()),
    index("revisions_page_idx").on(t.pageId, t.id.desc().nullsFirst()),
    check("revisions_one_subject", sql`num_nonnulls(${t.postId}, ${t.pageId}) = 1`),
  ],
);

/**
 * Links an editor adds to the footer of every reader page, in their order. The legal links (Impressum, Datenschutz,
 * Barrierefreiheit, Leichte Sprache, Barriere melden) are not rows: the footer always shows them. A link points to
 * a path of this site, a page, a category (following its renames; deleting it removes the link) or an https URL.
 */
export const footerLinkKind = pgEnum("footer_link_kind", ["path", "page", "category", "url"]);

export const footerLinks = pgTable(
  "footer_links",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    label: text("label").notNull(),
    kind: footerLinkKind("kind").notNull(),
    /** The path or URL of "path" and "url" links; empty for the others. */
    target: text("target").notNull().default(""),
    pageId: integer("page_id").references(() => pages.id, { onDelete: "cascade" }),
    categoryId: integer("category_id").references(() => categories.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index("footer_links_position_idx").on(t.position, t.id),
    check(
      "footer_links_one_target",
      sql`case ${t.kind}
        when 'path' then ${t.target} like '/%' and ${t.pageId} is null and ${t.categoryId} is null
        when 'url' then ${t.target} like 'https://%' and ${t.pageId} is null and ${t.categoryId} is null
        when 'page' then ${t.pageId} is not null and ${t.categoryId} is null
        else ${t.categoryId} is not null and ${t.pageId} is null end`,
    ),
  ],
);

export const usersRelations = relations(users, ({ many }) => ({ posts: many(posts) }));
export const seriesRelations = relations(series, ({ many }) => ({ posts: many(posts) }));
export const categoriesRelations = relations(categories, ({ many }) => ({ posts: many(postCategories) }));
export const tagsRelations = relations(tags, ({ many }) => ({ posts: many(postTags) }));
export const postsRelations = relations(posts, ({ one, many }) => ({
  author: one(users, { fields: [posts.authorId], references: [users.id] }),
  series: one(series, { fields: [posts.seriesId], references: [series.id] }),
  categories: many(postCategories),
}));
export const postCategoriesRelations = relations(postCategories, ({ one }) => ({
  post: one(posts, { fields: [postCategories.postId], references: [posts.id] }),
  category: one(categories, { fields: [postCategories.categoryId], references: [categories.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  post: one(posts, { fields: [comments.postId], references: [posts.id] }),
  user: one(users, { fields: [comments.userId], references: [users.id] }),
}));

export const revisionsRelations = relations(revisions, ({ one }) => ({
  post: one(posts, { fields: [revisions.postId], references: [posts.id] }),
  page: one(pages, { fields: [revisions.pageId], references: [pages.id] }),
  editor: one(users, { fields: [revisions.editorId], references: [users.id] }),
}));

export type Media = typeof media.$inferSelect;
export type MediaFormerFile = typeof mediaFormerFiles.$inferSelect;
export type User = typeof users.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type NewPost = typeof posts.$inferInsert;
export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Series = typeof series.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];
export type FeedbackStatus = (typeof feedbackStatus.enumValues)[number];
export type PageStatus = (typeof pageStatus.enumValues)[number];
export type Page = typeof pages.$inferSelect;
export type CommentStatus = (typeof commentStatus.enumValues)[number];
export type Comment = typeof comments.$inferSelect;
export type RedirectOrigin = (typeof redirectOrigin.enumValues)[number];
export type FooterLinkKind = (typeof footerLinkKind.enumValues)[number];

/**
 * What an import brought in from where: one row per source item (a WordPress post, term, author, attachment or file),
 * naming the Blattwerk row it became. A rerun finds its rows here instead of creating them again; the checksum of
 * what was imported tells an unchanged item from one the newer export changed, and the version it was written at
 * tells whether an editor has changed it in Blattwerk since (then the import leaves it alone).
 */
export const importMappings = pgTable(
  "import_mappings",
  {
    /** The source site, e.g. "wordpress:https://stadtblog.example". */
    source: text("source").notNull(),
    /** author, category, tag, post, page, attachment, upload, comment. */
    kind: text("kind").notNull(),
    /** The source's id (a WordPress id, or the path of an upload). */
    sourceKey: text("source_key").notNull(),
    targetId: integer("target_id").notNull(),
    checksum: text("checksum").notNull().default(""),
    targetVersion: integer("target_version"),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.source, t.kind, t.sourceKey] }), index("import_mappings_target_idx").on(t.kind, t.targetId)],
);
