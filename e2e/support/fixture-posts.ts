// Posts only the end-to-end tests need, beside the demo content: a draft, hostile Markdown, a post falling due soon,
// and posts for the comment journeys (open ones, and one closed with an approved comment).
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { comments, postCategories, posts, users } from "@/db/schema";
import { hashPassword } from "@/lib/passwords";
import { DEMO_PASSWORD } from "../../scripts/demo-content/site";

export const e2eFixtures = {
  throttledEmail: "drossel@amtsblatt-digital.example",
  draftSlug: "e2e-unveroeffentlichter-entwurf",
  hostileSlug: "e2e-feindliches-markdown",
  scheduledSlug: "e2e-geplanter-beitrag",
  scheduledTitle: "Geplanter Beitrag erscheint von selbst",
  commentsSlug: "e2e-kommentare",
  commentsJsSlug: "e2e-kommentare-mit-javascript",
  commentsHostileSlug: "e2e-kommentare-feindlich",
  commentsQueueSlug: "e2e-kommentare-warteschlange",
  commentsClosedSlug: "e2e-kommentare-geschlossen",
  closedComment: "Ein freigegebener Kommentar unter einem geschlossenen Beitrag.",
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
    ...[
      [e2eFixtures.commentsSlug, "Kommentare ohne JavaScript"],
      [e2eFixtures.commentsJsSlug, "Kommentare mit JavaScript"],
      [e2eFixtures.commentsHostileSlug, "Kommentare mit feindlichen Eingaben"],
      [e2eFixtures.commentsQueueSlug, "Kommentare in der Warteschlange"],
      [e2eFixtures.commentsClosedSlug, "Kommentare geschlossen"],
    ].map(([slug, title]) => ({
      slug: slug!,
      title: title!,
      status: "published" as const,
      publishedAt: new Date(Date.now() - 400 * 24 * 3600_000),
      body: "Ein Beitrag für die Kommentar-Tests.",
      commentsOpen: slug !== e2eFixtures.commentsClosedSlug,
    })),
  ];
  for (const row of rows) {
    const [inserted] = await db
      .insert(posts)
      .values({ ...row, excerpt: `${row.title}.`, authorId: author.id })
      .returning({ id: posts.id });
    if (inserted) await db.insert(postCategories).values({ postId: inserted.id, categoryId: 1, position: 0 });
    if (inserted && row.slug === e2eFixtures.commentsClosedSlug) {
      await db.insert(comments).values({ postId: inserted.id, authorName: "Frühe Leserin", body: e2eFixtures.closedComment, status: "approved" });
    }
  }
}
