// Puts the XSS corpus into every kind of field that reaches a reader page, a feed, JSON-LD or a dashboard screen,
// written straight to the database as if validation had let it through. Run by e2e/support/start-server.ts.
import type { Database } from "@/db/client";
import { categories, feedbackMessages, pages, postCategories, posts, series, users } from "@/db/schema";
import { markdownCorpus, xssCorpus } from "./corpus";

export const securityFixtures = {
  authorSlug: "e2e-xss-autorin",
  categorySlug: "e2e-xss-kategorie",
  seriesSlug: "e2e-xss-serie",
  pageSlug: "e2e-xss-seite",
  postSlugPrefix: "e2e-xss-beitrag-",
  /** Posts carrying the corpus; each holds eight payloads in title, excerpt and body. */
  postCount: Math.ceil(xssCorpus.length / 8),
  feedbackCount: Math.ceil(xssCorpus.length / 12),
};

const longAgo = (days: number) => new Date(Date.UTC(2019, 0, 1) + days * 86_400_000);

export async function seedSecurityFixtures(db: Database): Promise<void> {
  const payload = (i: number) => xssCorpus[i % xssCorpus.length]!;
  const [author] = await db
    .insert(users)
    .values({ email: "xss-autorin@amtsblatt-digital.example", displayName: payload(0), bio: payload(1), slug: securityFixtures.authorSlug, role: "author" })
    .returning({ id: users.id });
  // Last in the navigation, so specs that look at the order of the demo categories are unaffected.
  const [category] = await db
    .insert(categories)
    .values({ name: `${payload(38)} <Kategorie>`, slug: securityFixtures.categorySlug, description: payload(2), sortOrder: 999 })
    .returning({ id: categories.id });
  const [serie] = await db
    .insert(series)
    .values({ title: payload(3), slug: securityFixtures.seriesSlug, description: payload(4) })
    .returning({ id: series.id });
  for (let p = 0; p < securityFixtures.postCount; p++) {
    const at = (k: number) => payload(p * 8 + k);
    const body = [
      `## ${at(2)}`,
      at(3),
      `[${at(4)}](/artikel/x)`,
      `![${at(5)}](/covers/fehlt.png)`,
      `> ${at(6)}`,
      `- ${at(7)}`,
      markdownCorpus[p % markdownCorpus.length]!,
      markdownCorpus[(p + securityFixtures.postCount) % markdownCorpus.length]!,
    ].join("\n\n");
    const [post] = await db
      .insert(posts)
      .values({
        title: `${at(0)} ]]> ]]>`,
        slug: `${securityFixtures.postSlugPrefix}${p + 1}`,
        excerpt: at(1),
        body,
        status: "published",
        publishedAt: longAgo(p),
        updatedAt: longAgo(p),
        createdAt: longAgo(p),
        authorId: author!.id,
        seriesId: serie!.id,
      })
      .returning({ id: posts.id });
    await db.insert(postCategories).values({ postId: post!.id, categoryId: category!.id, position: 0 });
  }
  await db.insert(pages).values({
    title: payload(5),
    slug: securityFixtures.pageSlug,
    body: [...markdownCorpus, ...xssCorpus.slice(0, 20)].join("\n\n"),
    status: "published",
  });
  await db.insert(feedbackMessages).values(
    Array.from({ length: securityFixtures.feedbackCount }, (_, i) => ({
      name: payload(i * 12),
      email: "leserin@example.org",
      pageUrl: payload(i * 12 + 1),
      message: xssCorpus.slice(i * 12 + 2, i * 12 + 12).join("\n"),
      createdAt: longAgo(i),
    })),
  );
}
