// The load run's own PostgreSQL database (demo + synthetic posts), and the addresses the reader mix draws from.
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { openDatabase } from "@/db/client";
import { diskStorage } from "@/lib/media/storage";
import { seedDemo } from "../seed/demo";
import { seedDemoMedia } from "../seed/media";
import { seedSyntheticPosts } from "../seed/synthetic";
import type { MixInput } from "./mix";

const NAME = "blattwerk_load";

async function admin<T>(adminUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates (or with `reuse`, keeps when it already holds enough posts) the database; returns its URL. */
export async function prepareDatabase(adminUrl: string, posts: number, uploadDir: string, reuse: boolean, log: (line: string) => void): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/${NAME}`;
  if (reuse) {
    const exists = await admin(adminUrl, async (client) => (await client.query("select 1 from pg_database where datname = $1", [NAME])).rowCount === 1);
    if (exists) {
      const count = await admin(url.toString(), async (client) => (await client.query<{ n: number }>("select count(*)::int as n from posts")).rows[0]?.n ?? 0);
      if (count >= posts) {
        log(`Reusing ${NAME} with ${count} posts.`);
        return url.toString();
      }
    }
  }
  await admin(adminUrl, async (client) => {
    await client.query(`drop database if exists ${NAME} with (force)`);
    await client.query(`create database ${NAME}`);
  });
  const handle = await openDatabase({ url: url.toString() });
  try {
    await handle.migrate();
    await seedDemo(handle.db);
    await seedDemoMedia(handle.db, diskStorage(uploadDir));
    let reported = 0;
    await seedSyntheticPosts(handle.db, posts, (done) => {
      if (done - reported >= 10_000 || done === posts) log(`  ${(reported = done)} / ${posts} synthetic posts`);
    }, 2000);
    await handle.db.execute(sql`vacuum analyze`);
  } finally {
    await handle.close();
  }
  return url.toString();
}

const SEARCHES = ["Instagram", "Krisenkommunikation", "Barrierefreiheit", "Datenschutz Mastodon", "Redaktionsplan", "Bürgerdialog", "Hochwasserwarnung", "Leichte Sprache", "TikTok Nachwuchsgewinnung", "Netiquette", "Livestreams", "Bewegtbild YouTube", "Impressumspflicht", "Wahlinformationen", "Podcast", "Fediverse-Auftritt", "Kennzahlen", "Umfragen LinkedIn", "Falschmeldungen", "Katastrophenschutz"];

/** 1,000 articles (newest first: the day's news is the hot end), categories, tags where they exist, 50 queries. */
export async function loadMixInput(databaseUrl: string): Promise<MixInput> {
  return admin(databaseUrl, async (client) => {
    const visible = "status = 'published' and deleted_at is null and published_at <= now()";
    const articles = (await client.query<{ slug: string }>(`select slug from posts where ${visible} order by published_at desc limit 1000`)).rows.map((r) => r.slug);
    const categories = (await client.query<{ slug: string }>("select slug from categories order by slug")).rows.map((r) => r.slug);
    const hasTags = (await client.query("select to_regclass('public.tags') as t")).rows[0]?.t;
    const tags = hasTags ? (await client.query<{ slug: string }>("select slug from tags order by slug limit 50")).rows.map((r) => `tag:${r.slug}`) : [];
    const count = (await client.query<{ n: number }>(`select count(*)::int as n from posts where ${visible}`)).rows[0]?.n ?? 0;
    const queries = [...SEARCHES, ...SEARCHES.slice(0, 15).map((q) => `${q} Behörde`), ...SEARCHES.slice(5, 20).map((q) => `"${q}"`)];
    return { articles, taxonomies: [...categories, ...tags], queries, listPages: Math.max(1, Math.ceil(count / 10)) };
  });
}

/** How many of the editor's acknowledged writes are in the database as acknowledged (title as saved, published). */
export async function countPersisted(databaseUrl: string, writes: { postId: number; title: string }[]): Promise<number> {
  if (writes.length === 0) return 0;
  // The last write of each post decides what must be there.
  const last = new Map(writes.map((w) => [w.postId, w.title]));
  return admin(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: number; title: string }>("select id, title from posts where id = any($1::int[]) and status = 'published'", [[...last.keys()]]);
    const found = new Set(rows.filter((row) => last.get(row.id) === row.title).map((row) => row.id));
    return writes.filter((w) => found.has(w.postId)).length;
  });
}
