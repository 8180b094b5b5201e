// Posts only the end-to-end tests need, beside the demo content: a draft, hostile Markdown and a post falling due soon.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { postCategories, posts, users } from "@/db/schema";
import { hashPassword } from "@/lib/passwords";
import { DEMO_PASSWORD } from "../../scripts/demo-content/site";

export const e2eFixtures = {
  throttledEmail: "drossel@amtsblatt-digital.example",
  draftSlug: "e2e-unveroeffentlichter-entwurf",
  hostileSlug: "e2e-feindliches-markdown",
  scheduledSlug: "e2e-geplanter-beitrag",
  scheduledTitle: "Geplanter Beitrag erscheint von selbst",
};

export const hostileMarkdown = [
  "## Harmlose Überschrift",
  "",
  "<script>window.__xss = 'script'</script>",
  "",
  '<img src="/covers/x.svg" onerror="window.__xss = \'onerror\'">',
  "",
  "[Gefährlicher Link](javascript:window.__xss='link')",
  "",
  "<a href=\"#\" onclick=\"window.__xss='click'\">Klick</a>",
  "",
  "Normaler Text mit **Betonung** bleibt erhalten.",
].join("\n");

export async function seedE2eFixtures(db: Database, scheduledDueAt: Date): Promise<void> {
  const [author] = await db.select({ id: users.id }).from(users).where(eq(users.slug, "jana-wiesner"));
  if (!author) throw new Error("Seed the demo content before the e2e fixtures.");
  await db.insert(users).values({
    email: e2eFixtures.throttledEmail,
    displayName: "Drossel Test",
    slug: "drossel-test",
    role: "author",
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  const rows = [
    { slug: e2eFixtures.draftSlug, title: "Unveröffentlichter Entwurf für Tests", status: "draft" as const, publishedAt: null, body: "Geheim." },
    { slug: e2eFixtures.hostileSlug, title: "Markdown mit feindlichem Inhalt", status: "published" as const, publishedAt: new Date(Date.now() - 3 * 365 * 24 * 3600_000), body: hostileMarkdown },
    { slug: e2eFixtures.scheduledSlug, title: e2eFixtures.scheduledTitle, status: "published" as const, publishedAt: scheduledDueAt, body: "Dieser Text war geplant." },
  ];
  for (const row of rows) {
    const [inserted] = await db
      .insert(posts)
      .values({ ...row, excerpt: `${row.title}.`, authorId: author.id })
      .returning({ id: posts.id });
    if (inserted) await db.insert(postCategories).values({ postId: inserted.id, categoryId: 1, position: 0 });
  }
}
