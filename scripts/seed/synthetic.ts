// Synthetic published posts for load tests: plausible German text from word lists, inserted in batches.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { categories, postCategories, posts, users } from "@/db/schema";

// Word lists sized so that search terms behave as in a real archive: a platform appears in about a fifth of the
// posts, a topic in about a tenth, and a combination of both in a few percent.
const subjects = ["Bürgerdialog", "Instagram-Kanal", "Krisenkommunikation", "Redaktionsplan", "Kommentarmoderation", "Bewegtbild", "Nachwuchswerbung", "Barrierefreiheit", "Datenschutz", "Messenger-Angebot", "Netiquette", "Bildsprache", "Kennzahlen", "Fediverse-Auftritt", "Pressearbeit"];
const topics = ["Nachwuchsgewinnung", "Hochwasserwarnung", "Bürgerbeteiligung", "Stellenanzeigen", "Wahlinformationen", "Untertitel", "Falschmeldungen", "Leichte Sprache", "Livestreams", "Umfragen", "Hashtags", "Urheberrecht", "Impressumspflicht", "Öffnungszeiten", "Baustelleninformationen", "Veranstaltungshinweise", "Gesundheitsschutz", "Verkehrsmeldungen", "Ehrenamt", "Klimaschutz", "Digitalisierung", "Servicezeiten", "Terminvergabe", "Fundsachen", "Abfallkalender", "Schulanmeldung", "Wohngeld", "Personalausweis", "Gewerbeanmeldung", "Katastrophenschutz"];
const platforms = ["Instagram", "Facebook", "TikTok", "Mastodon", "YouTube", "LinkedIn", "WhatsApp", "Threads", "Bluesky", "Podcast"];
const places = ["im Rathaus", "im Landratsamt", "in der Stadtverwaltung", "im Ministerium", "bei der Polizei", "in der Feuerwehr", "im Jobcenter", "in der Bibliothek", "im Bürgeramt", "im Gesundheitsamt", "im Jugendamt", "in der Gemeinde"];
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
const templates: ((platform: string, topic: string, place: string) => string)[] = [
  (p, t) => `${p} eignet sich für ${t}, wenn das Team klare Zuständigkeiten hat.`,
  (p, t, w) => `Das Team ${w} nutzt ${p} seit einem Jahr für ${t}.`,
  (p, t) => `Bei ${t} auf ${p} zählen Tempo, Tonfall und verlässliche Quellen.`,
  (_p, t) => `Viele Behörden unterschätzen, wie viel Arbeit ${t} im Alltag macht.`,
  (p) => `Ohne Impressum und Datenschutzhinweis sollte kein Kanal auf ${p} starten.`,
  (p, t, w) => `Wie ${t} ${w} auf ${p} ankommt, zeigen die Rückmeldungen der Bürgerinnen und Bürger.`,
  (p, t) => `Für ${t} lohnt sich auf ${p} ein fester Sendeplatz in der Woche.`,
  (p, _t, w) => `Die Pressestelle ${w} beantwortet Fragen auf ${p} innerhalb eines Werktags.`,
  (_p, t, w) => `Zu ${t} gibt es ${w} inzwischen eine eigene Sprechstunde.`,
  (p, t) => `Ein kurzes Video über ${t} erreichte auf ${p} mehr Menschen als jede Pressemitteilung.`,
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

/** A deterministic scramble of (n, salt), so that independent choices do not repeat in lockstep (n % 10 vs n % 15). */
function mix(n: number, salt: number): number {
  let x = Math.imul(n + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
  return (x ^ (x >>> 13)) >>> 0;
}

function syntheticBody(n: number): string {
  const platform = (k: number) => pick(platforms, mix(n, 10 + k));
  const topic = (k: number) => pick(topics, mix(n, 20 + k));
  const place = pick(places, mix(n, 30));
  const specific = (k: number) => pick(templates, mix(n, 40 + k))(platform(k), topic(k), place);
  const paragraph = (offset: number) =>
    [pick(sentences, n + offset), specific(offset), pick(sentences, n + offset + 3)].join(" ");
  return `## ${pick(angles, n + 1)}\n\n${paragraph(0)}\n\n- ${pick(subjects, n + 2)}\n- ${topic(2)}\n\n${paragraph(2)}`;
}

export async function seedSyntheticPosts(
  db: Database,
  count: number,
  onProgress: (done: number) => void,
  batchSize = 1000,
): Promise<void> {
  const authorIds = (await db.select({ id: users.id }).from(users)).map((row) => row.id);
  const categoryRows = await db.select({ id: categories.id, name: categories.name }).from(categories);
  const categoryIds = categoryRows.map((row) => row.id);
  const categoryName = new Map(categoryRows.map((row) => [row.id, row.name]));
  const categoriesOf = (n: number) => Array.from({ length: 1 + (n % 3) }, (_, position) => pick(categoryIds, n + position * 2));
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
        title: `${pick(n % 2 === 0 ? subjects : topics, n)} ${pick(places, n * 3)}: ${pick(angles, n * 7)} (${n + 1})`,
        slug: `last-${run}-${n + 1}`,
        excerpt: `${pick(templates, mix(n, 50))(pick(platforms, mix(n, 51)), pick(topics, mix(n, 52)), pick(places, mix(n, 30)))} ${pick(sentences, n + 3)}`,
        body: syntheticBody(n),
        status: "published" as const,
        publishedAt: at,
        createdAt: at,
        updatedAt: at,
        authorId: pick(authorIds, n),
        // Written as the search triggers would compute it, so they find nothing to rewrite (no second row version).
        categoryNames: categoriesOf(n).map((id) => categoryName.get(id)).join(" "),
      };
    });
    await db.transaction(async (tx) => {
      const inserted = await tx.insert(posts).values(values).returning({ id: posts.id });
      const links = inserted.flatMap((row, i) => {
        return categoriesOf(start + i).map((categoryId, position) => ({ postId: row.id, categoryId, position }));
      });
      await tx.insert(postCategories).values(links).onConflictDoNothing();
    });
    onProgress(start + size);
  }
  await db.execute(sql`analyze`);
}
