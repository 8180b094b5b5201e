// Synthetic published posts for load tests: plausible German text from word lists, inserted in batches.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { categories, postCategories, posts, users } from "@/db/schema";

const subjects = ["Bürgerdialog", "Instagram-Kanal", "Krisenkommunikation", "Redaktionsplan", "Kommentarmoderation", "Bewegtbild", "Nachwuchswerbung", "Barrierefreiheit", "Datenschutz", "Messenger-Angebot", "Netiquette", "Bildsprache", "Kennzahlen", "Fediverse-Auftritt", "Pressearbeit"];
const places = ["im Rathaus", "im Landratsamt", "in der Stadtverwaltung", "im Ministerium", "bei der Polizei", "in der Feuerwehr", "im Jobcenter", "in der Bibliothek", "im Bürgeramt"];
const angles = ["Erfahrungen aus der Praxis", "Zehn Fragen, zehn Antworten", "Was wirklich funktioniert", "Ein Leitfaden", "Fehler, die man vermeiden kann", "So gelingt der Start", "Ein Jahr danach", "Checkliste für Teams"];
const sentences = [
  "Wer regelmäßig veröffentlicht, baut Vertrauen auf und wird bei Fragen schneller gefunden.",
  "Ein klarer Redaktionsplan entlastet das Team und macht Abstimmungen mit der Hausleitung planbar.",
  "Kommentare verdienen eine Antwort, auch wenn sie kritisch ausfallen.",
  "Bilder mit Alternativtext erreichen mehr Menschen und sind für Screenreader verständlich.",
  "Kurze Wege zur Fachabteilung sind im Ernstfall wichtiger als jede Vorlage.",
  "Die Netiquette gehört gut sichtbar auf jede Seite, damit Moderation nachvollziehbar bleibt.",
  "Zahlen helfen, wenn sie zu den Zielen passen, die man sich vorher gesetzt hat.",
  "Auch kleine Verwaltungen können mit wenig Aufwand viel erreichen.",
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

function syntheticBody(n: number): string {
  const paragraph = (offset: number) =>
    Array.from({ length: 4 }, (_, i) => pick(sentences, n + offset + i * 3)).join(" ");
  return `## ${pick(angles, n + 1)}\n\n${paragraph(0)}\n\n- ${pick(subjects, n + 2)}\n- ${pick(subjects, n + 5)}\n\n${paragraph(2)}`;
}

export async function seedSyntheticPosts(
  db: Database,
  count: number,
  onProgress: (done: number) => void,
  batchSize = 1000,
): Promise<void> {
  const authorIds = (await db.select({ id: users.id }).from(users)).map((row) => row.id);
  const categoryIds = (await db.select({ id: categories.id }).from(categories)).map((row) => row.id);
  if (authorIds.length === 0 || categoryIds.length === 0) {
    throw new Error("Seed the demo content first: synthetic posts need authors and categories.");
  }
  const run = Date.now().toString(36);
  const now = Date.now();
  const twoYears = 730 * 24 * 3600 * 1000;
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const values = Array.from({ length: size }, (_, i) => {
      const n = start + i;
      const at = new Date(now - 60_000 - Math.floor(((n * 7919) % count) / count * twoYears));
      return {
        title: `${pick(subjects, n)} ${pick(places, n * 3)}: ${pick(angles, n * 7)} (${n + 1})`,
        slug: `last-${run}-${n + 1}`,
        excerpt: `${pick(sentences, n)} ${pick(sentences, n + 3)}`,
        body: syntheticBody(n),
        status: "published" as const,
        publishedAt: at,
        createdAt: at,
        updatedAt: at,
        authorId: pick(authorIds, n),
      };
    });
    await db.transaction(async (tx) => {
      const inserted = await tx.insert(posts).values(values).returning({ id: posts.id });
      const links = inserted.flatMap((row, i) => {
        const n = start + i;
        const howMany = 1 + (n % 3);
        return Array.from({ length: howMany }, (_, position) => ({
          postId: row.id,
          categoryId: pick(categoryIds, n + position * 2),
          position,
        }));
      });
      await tx.insert(postCategories).values(links).onConflictDoNothing();
    });
    onProgress(start + size);
  }
  await db.execute(sql`analyze`);
}
