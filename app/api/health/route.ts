// GET /api/health: 200 while the database answers (Redis is reported, not required), 503 when it does not. Used by
// nginx's upstream, `npm run cluster`, Docker's HEALTHCHECK and systemd. Never cached.
import { connection } from "next/server";
import { database } from "@/lib/database";
import { databaseReachable } from "@/db/queries/health";
import { getRedisCache } from "@/lib/cache/redis-store.mjs";

async function redisState(): Promise<"ok" | "unavailable" | "not configured"> {
  const cache = getRedisCache();
  if (!cache) return "not configured";
  if (!cache.isReady()) return "unavailable";
  return cache.client.ping().then(
    () => "ok" as const,
    () => "unavailable" as const,
  );
}

async function check(): Promise<{ database: boolean; redis: Awaited<ReturnType<typeof redisState>> }> {
  const [reachable, redis] = await Promise.all([
    database().then((db) => databaseReachable(db), () => false),
    redisState(),
  ]);
  return { database: reachable, redis };
}

async function answer(withBody: boolean): Promise<Response> {
  await connection();
  const { database, redis } = await check();
  const body = { status: database ? "ok" : "unavailable", database: database ? "ok" : "unavailable", redis };
  return new Response(withBody ? JSON.stringify(body) : null, {
    status: database ? 200 : 503,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

export async function GET() {
  return answer(true);
}

export async function HEAD() {
  return answer(false);
}
