// `npm run spam-run -- --base http://127.0.0.1:3000 --slug <article>`: posts 500 scripted comments to a running
// server on loopback, the way spam bots do, then prints what the moderation queue holds (DATABASE_URL of that
// server). Bounded in count (500) and time (60 s); refuses any host but loopback.
import { parseArgs } from "node:util";
import { Client } from "pg";
import { exitOnConfigError, getConfig } from "@/lib/config";

const { values } = parseArgs({ options: { base: { type: "string" }, slug: { type: "string" } } });
const base = new URL(values.base ?? "http://127.0.0.1:3000");
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) throw new Error("The spam run only posts to loopback.");
const slug = values.slug ?? "willkommen-bei-amtsblatt-digital";
const TOTAL = 500;
const DEADLINE = Date.now() + 60_000;

const article = await (await fetch(new URL(`/artikel/${slug}`, base))).text();
const stamp = /name="stamp" value="([^"]+)"/.exec(article)?.[1];
if (!stamp) throw new Error(`No comment form on /artikel/${slug}.`);

type Bot = { kind: string; fields: (i: number) => Record<string, string>; forwardedFor?: (i: number) => string };
const words = ["Casino", "Kredit ohne Schufa", "Potenzmittel", "Krypto-Gewinn"];
const bots: Bot[] = [
  { kind: "honeypot filled", fields: (i) => ({ name: `Bot ${i}`, body: `Toller Beitrag ${i}`, website: "https://spam.example", stamp }) },
  { kind: "no form stamp (posted blind)", fields: (i) => ({ name: `Bot ${i}`, body: `Super Seite, danke ${i}` }) },
  { kind: "more than 2 links", fields: (i) => ({ name: "SEO", body: `https://a.example/${i} https://b.example https://c.example`, stamp }), forwardedFor: (i) => `198.18.1.${i % 250}` },
  { kind: "block list word", fields: (i) => ({ name: "Angebot", body: `Bestes ${words[i % words.length]} ${i}`, stamp }), forwardedFor: (i) => `198.18.2.${i % 250}` },
  { kind: "same text again and again", fields: () => ({ name: "Wiederholer", body: "Sehr informativ, vielen Dank für diesen Artikel!", stamp }), forwardedFor: (i) => `198.18.3.${i % 250}` },
  { kind: "plausible text, one sender", fields: (i) => ({ name: `Leser ${i}`, body: `Interessanter Gedanke zu Punkt ${i}, das sehe ich ähnlich.`, stamp }) },
];

const sent = new Map<string, { answers: Map<string, number> }>();
let posted = 0;
for (let i = 0; i < TOTAL && Date.now() < DEADLINE; i++) {
  const bot = bots[i % bots.length]!;
  const form = new URLSearchParams({ email: "", parentId: "", ...bot.fields(i) });
  const response = await fetch(new URL(`/artikel/${slug}/kommentar-senden`, base), {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: bot.forwardedFor ? { "x-forwarded-for": bot.forwardedFor(i) } : {},
  });
  const location = response.headers.get("location") ?? "";
  const answer = location.includes("kommentar=danke") ? "thanks" : location.includes("entwurf=") ? "refused (form shown again)" : `${response.status} ${location}`;
  const entry = sent.get(bot.kind) ?? { answers: new Map() };
  entry.answers.set(answer, (entry.answers.get(answer) ?? 0) + 1);
  sent.set(bot.kind, entry);
  posted++;
}

console.log(`Posted ${posted} comments to /artikel/${slug} in ${(60 - (DEADLINE - Date.now()) / 1000).toFixed(1)} s.`);
for (const [kind, { answers }] of sent) console.log(`  ${kind}: ${[...answers].map(([a, n]) => `${n} × ${a}`).join(", ")}`);

const { databaseUrl } = exitOnConfigError(getConfig);
if (databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `select c.status, coalesce(c.spam_reason, '–') as reason, count(*)::int as n from comments c join posts p on p.id = c.post_id
     where p.slug = $1 and c.user_id is null group by 1, 2 order by 1, 2`,
    [slug],
  );
  await client.end();
  console.log("Moderation queue for this article afterwards (status, reason, count):");
  for (const row of rows) console.log(`  ${row.status}\t${row.reason}\t${row.n}`);
}
