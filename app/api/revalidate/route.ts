// POST /api/revalidate: drops every cached reader page after a change made outside the app (import, SQL, benchmark).
import { timingSafeEqual } from "node:crypto";
import { expireReaderCaches } from "@/lib/cache/invalidate";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { getConfig } from "@/lib/config";

function authorised(header: string | null, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function POST(request: Request) {
  const token = getConfig().revalidateToken;
  // Without a configured token the endpoint does not exist.
  if (!token) return Response.json({ error: "Nicht gefunden." }, { status: 404 });
  if (!authorised(request.headers.get("authorization"), token)) {
    return Response.json({ error: "Nicht berechtigt." }, { status: 401 });
  }
  await expireReaderCaches({ tags: [CONTENT_TAG], redirects: "anywhere" }, "route");
  return Response.json({ revalidated: true });
}
