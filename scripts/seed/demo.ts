// Writes the demo publication into a database; every insert skips rows that already exist, so a rerun changes nothing.
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { categories, comments, pages, postCategories, posts, postTags, series, siteSettings, tags, users } from "@/db/schema";
import { tagSlugOf } from "@/db/mutations/tag-input";
import { IMPRESSUM_KEY, STATEMENT_KEY } from "@/db/queries/legal-keys";
import { recordRevision } from "@/db/mutations/revisions";
import { demoDrafts, demoPosts, demoScheduled, type DemoDraft } from "../demo-content/posts";
import { hashPassword } from "@/lib/passwords";
import { demoComments } from "../demo-content/comments";
import { demoImpressum, demoPages, demoStatement } from "../demo-content/pages";
import { DEMO_PASSWORD, demoAdmin, demoAuthors, demoCategories, demoSeries } from "../demo-content/site";
import { demoPinned, demoRefiled, demoSubcategories, demoTags } from "../demo-content/taxonomy";

const DAY_MS = 24 * 60 * 60 * 1000;

type SeedPost = DemoDraft & { status: "draft" | "published"; publishedAt: Date | null };

function publishedAt(daysAgo: number, index: number, now: number): Date {
  // A fixed hour per post keeps dates believable; the index spreads posts on the same day apart.
  const date = new Date(now - daysAgo * DAY_MS);
  date.setUTCHours(7 + (index % 9), (index * 17) % 60, 0, 0);
  return date;
}

export async function seedDemo(db: Database, now = Date.now()): Promise<{ created: number }> {
  await db
    .insert(categories)
    .values(demoCategories.map((category, index) => ({ ...category, sortOrder: index })))
    .onConflictDoNothing({ target: categories.slug });
  const parents = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  await db
    .insert(categories)
    .values(
      demoSubcategories.map(({ parent, ...category }, index) => ({
        ...category,
        sortOrder: demoCategories.length + index,
        parentId: parents.find((row) => row.slug === parent)?.id ?? null,
      })),
    )
    .onConflictDoNothing({ target: categories.slug });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insert(users)
    .values([demoAdmin, ...demoAuthors].map((person) => ({ ...person, passwordHash })))
    .onConflictDoNothing();
  await db.insert(series).values(demoSeries.map((item) => ({ ...item }))).onConflictDoNothing({ target: series.slug });

  const [categoryRows, authorRows, seriesRows] = await Promise.all([
    db.select({ id: categories.id, slug: categories.slug }).from(categories),
    db.select({ id: users.id, slug: users.slug }).from(users),
    db.select({ id: series.id, slug: series.slug }).from(series),
  ]);
  const idOf = (rows: { id: number; slug: string }[], slug: string, kind: string) => {
    const row = rows.find((candidate) => candidate.slug === slug);
    if (!row) throw new Error(`Demo content names unknown ${kind} "${slug}"`);
    return row.id;
  };

  const all: SeedPost[] = [
    ...demoPosts.map((post, index) => ({ ...post, status: "published" as const, publishedAt: publishedAt(post.daysAgo, index, now) })),
    ...demoDrafts.map((post) => ({ ...post, status: "draft" as const, publishedAt: null })),
    { ...demoScheduled, status: "published" as const, publishedAt: new Date(now + demoScheduled.daysAhead * DAY_MS) },
  ];

  const existing = await db
    .select({ slug: posts.slug })
    .from(posts)
    .where(inArray(posts.slug, all.map((post) => post.slug)));
  const known = new Set(existing.map((row) => row.slug));
  const fresh = all.filter((post) => !known.has(post.slug));

  await db.transaction(async (tx) => {
    for (const post of fresh) {
      const [inserted] = await tx
        .insert(posts)
        .values({
          title: post.title,
          slug: post.slug,
          excerpt: post.excerpt,
          body: post.body.trim(),
          status: post.status,
          publishedAt: post.publishedAt,
          authorId: idOf(authorRows, post.author, "author"),
          seriesId: post.series ? idOf(seriesRows, post.series.slug, "series") : null,
          seriesPosition: post.series?.position ?? null,
          createdAt: post.publishedAt && post.publishedAt.getTime() < now ? post.publishedAt : new Date(now),
          updatedAt: post.publishedAt && post.publishedAt.getTime() < now ? post.publishedAt : new Date(now),
        })
        .returning({ id: posts.id });
      if (!inserted) continue;
      await tx.insert(postCategories).values(
        (demoRefiled[post.slug] ?? post.categories).map((slug, position) => ({
          postId: inserted.id,
          categoryId: idOf(categoryRows, slug, "category"),
          position,
        })),
      );
    }
  });
  const newPages = await db
    .insert(pages)
    .values(demoPages.map((page) => ({ ...page, body: page.body.trim() })))
    .onConflictDoNothing({ target: pages.slug })
    .returning();
  // As after every save in the dashboard, a page's first version is kept as its first revision.
  for (const page of newPages) {
    await recordRevision(db, "page", page.id, null, { ...page, details: {} });
  }
  await db
    .insert(siteSettings)
    .values([
      { key: IMPRESSUM_KEY, value: demoImpressum },
      { key: STATEMENT_KEY, value: demoStatement },
    ])
    .onConflictDoNothing({ target: siteSettings.key });
  await seedDemoComments(db, authorRows);
  await seedDemoTags(db, fresh.map((post) => post.slug));
  // Pinned once, when the demo is first written: an editor who unpins it keeps it unpinned on a rerun.
  if (fresh.some((post) => post.slug === demoPinned)) {
    await db.update(posts).set({ pinnedAt: new Date(now) }).where(and(eq(posts.slug, demoPinned), isNull(posts.pinnedAt)));
  }
  return { created: fresh.length };
}

/** The demo tags of the posts this run created (the triggers put their names into the search document). */
async function seedDemoTags(db: Database, createdSlugs: string[]): Promise<void> {
  const slugs = createdSlugs.filter((slug) => demoTags[slug]);
  if (slugs.length === 0) return;
  const names = [...new Set(slugs.flatMap((slug) => demoTags[slug]!))];
  await db
    .insert(tags)
    .values(names.map((name) => ({ name, slug: tagSlugOf(name) })))
    .onConflictDoNothing({ target: tags.slug });
  const tagIds = new Map((await db.select({ id: tags.id, slug: tags.slug }).from(tags)).map((row) => [row.slug, row.id]));
  const postIds = await db.select({ id: posts.id, slug: posts.slug }).from(posts).where(inArray(posts.slug, slugs));
  const links = postIds.flatMap((post) => demoTags[post.slug]!.map((name, position) => ({ postId: post.id, tagId: tagIds.get(tagSlugOf(name))!, position })));
  await db.insert(postTags).values(links).onConflictDoNothing();
}

/** The demo comments, for each post only while it has none (so a rerun adds nothing). */
async function seedDemoComments(db: Database, people: { id: number; slug: string }[]): Promise<void> {
  const slugs = [...new Set(demoComments.map((comment) => comment.post))];
  const targets = await db
    .select({ id: posts.id, slug: posts.slug, publishedAt: posts.publishedAt })
    .from(posts)
    .where(inArray(posts.slug, slugs));
  const withComments = new Set(
    (await db.select({ postId: comments.postId }).from(comments).where(inArray(comments.postId, targets.map((post) => post.id).concat(-1)))).map(
      (row) => row.postId,
    ),
  );
  const ids: number[] = [];
  for (const comment of demoComments) {
    const post = targets.find((candidate) => candidate.slug === comment.post);
    if (!post?.publishedAt || withComments.has(post.id)) {
      ids.push(-1);
      continue;
    }
    const createdAt = new Date(post.publishedAt.getTime() + comment.hoursAfterPublication * 3600_000);
    const [row] = await db
      .insert(comments)
      .values({
        postId: post.id,
        parentId: comment.replyTo === undefined ? null : ids[comment.replyTo],
        userId: comment.staff ? (people.find((person) => person.slug === comment.staff)?.id ?? null) : null,
        authorName: comment.name,
        authorEmail: comment.email,
        body: comment.body,
        status: comment.status,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: comments.id });
    ids.push(row!.id);
  }
}
