// Replacing the file of a library item: one file per request (progress and cancel in the browser), streamed to disk
// under the same limits as an upload, typed by its bytes, and only of the item's kind. Posts keep their references.
import { connection, NextResponse } from "next/server";
import { expireReaderCaches } from "@/lib/cache/invalidate";
import { database } from "@/lib/database";
import { isKnownHash } from "@/db/mutations/media";
import { authoriseReplace, replaceMediaFile } from "@/db/mutations/media-replace";
import { tagFor } from "@/lib/cache-tags";
import { getCurrentUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { ingestFile } from "@/lib/media/pipeline";
import { receiveUpload } from "@/lib/media/receive";
import { getMediaStorage } from "@/lib/media/storage";
import { parseId } from "@/lib/route-params";

const t = tEditorial.media;

function answer(status: number, body: Record<string, unknown>): NextResponse {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

async function refuseUnread(request: Request, status: number, error: string): Promise<NextResponse> {
  await request.body?.cancel().catch(() => undefined);
  return answer(status, { error });
}

/** `PUT /api/medien/<id>?stand=<hash of the file the editor saw>` with the new file as multipart field `file`. */
export async function PUT(request: Request, { params }: RouteContext<"/api/medien/[id]">) {
  await connection();
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return refuseUnread(request, 403, tEditorial.errors.forbidden);
  const id = parseId((await params).id);
  if (id === null) return refuseUnread(request, 404, t.notFound);
  const expected = new URL(request.url).searchParams.get("stand") ?? "";
  if (!/^[0-9a-f]{64}$/.test(expected)) return refuseUnread(request, 400, t.problems.request);

  const user = await getCurrentUser();
  const db = await database();
  // Who, which item, and whether the editor saw its current file: all decided before a byte is read.
  const allowed = await authoriseReplace(db, user, id, expected);
  if (!allowed.ok) return refuseUnread(request, allowed.status, allowed.message);

  const storage = getMediaStorage();
  const received = await receiveUpload(request, await storage.tempDir());
  if (!received.ok) return answer(received.status, { error: received.status === 413 ? t.problems.tooLarge : t.problems.request });
  const ingested = await ingestFile(storage, received.file, { kind: allowed.value.kind });
  if (!ingested.ok) {
    const status = ingested.problem === "tooLarge" ? 413 : ingested.problem === "type" ? 415 : 422;
    const error = ingested.problem === "kind" ? t.replaceKind(allowed.value.kind) : t.problems[ingested.problem];
    return answer(status, { error, problem: ingested.problem });
  }
  const replaced = await replaceMediaFile(db, user, id, expected, ingested.value, received.name);
  if (!replaced.ok) {
    // Refused after storing (someone else was quicker): files no item knows would only take up space.
    if (!(await isKnownHash(db, ingested.value.hash))) await storage.removeAll(ingested.value.hash);
    return answer(replaced.status, { error: replaced.message });
  }
  // Every cached page, feed and social image that shows the file carries its tag. The previous file's variants stay
  // stored and servable, so a page cached elsewhere with the old URLs keeps its picture.
  if (!replaced.value.unchanged) await expireReaderCaches({ tags: [tagFor.media(id)] }, "route");
  return answer(200, { ...replaced.value, message: replaced.value.unchanged ? t.replaceUnchanged : t.replaced });
}
