// Small builders for data tests: insert exactly the rows a test needs, with sensible defaults.
import type { Database } from "../client";
import { categories, comments, postCategories, posts, series, users, type CommentStatus, type NewPost } from "../schema";

let counter = 0;
const next = () => ++counter;

export async function insertUser(db: Database, values: Partial<typeof users.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(users)
    .values({ email: `person${n}@example.org`, displayName: `Person ${n}`, slug: `person-${n}`, ...values })
    .returning();
  return row!;
}

export async function insertCategory(db: Database, values: Partial<typeof categories.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(categories)
    .values({ name: `Kategorie ${n}`, slug: `kategorie-${n}`, sortOrder: n, ...values })
    .returning();
  return row!;
}

export async function insertSeries(db: Database, values: Partial<typeof series.$inferInsert> = {}) {
  const n = next();
  const [row] = await db.insert(series).values({ title: `Serie ${n}`, slug: `serie-${n}`, ...values }).returning();
  return row!;
}

const HOUR = 3600_000;

/** A published post from an hour ago unless told otherwise; categories are linked in the given order. */
export async function insertPost(
  db: Database,
  values: Partial<NewPost> & { authorId: number; categoryIds?: number[] },
) {
  const n = next();
  const { categoryIds = [], ...rest } = values;
  const [row] = await db
    .insert(posts)
    .values({
      title: `Beitrag ${n}`,
      slug: `beitrag-${n}`,
      excerpt: `Kurzfassung ${n}`,
      body: `Text von Beitrag ${n}.`,
      status: "published",
      publishedAt: new Date(Date.now() - HOUR),
      ...rest,
    })
    .returning();
  if (categoryIds.length > 0) {
    await db
      .insert(postCategories)
      .values(categoryIds.map((categoryId, position) => ({ postId: row!.id, categoryId, position })));
  }
  return row!;
}

export function hoursAgo(hours: number): Date {
  return new Date(Date.now() - hours * HOUR);
}

export async function insertComment(db: Database, postId: number, status: CommentStatus, values: Partial<typeof comments.$inferInsert> = {}) {
  const [row] = await db
    .insert(comments)
    .values({ postId, authorName: `Leserin ${status}`, body: `Ein ${status} Kommentar ${Math.random()}`, status, ...values })
    .returning();
  return row!;
}
