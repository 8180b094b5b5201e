// Uploads to the media library: one file per request (so the browser can show progress and cancel each one),
// streamed to disk under the size limit, typed by its bytes, processed once and recorded.
import { connection, NextResponse } from "next/server";
import { expireReaderCaches } from "@/lib/cache/invalidate";
import { database } from "@/lib/database";
import { authoriseUpload, mediaUses, recordUpload } from "@/db/mutations/media";
import { readerTagsOfPosts } from "@/db/queries/reader-dependents";
import { tagFor } from "@/lib/cache-tags";
import { getCurrentUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { ingestFile } from "@/lib/media/pipeline";
import { receiveUpload } from "@/lib/media/receive";
import { getMediaStorage } from "@/lib/media/storage";

const problems = tEditorial.media.problems;

function answer(status: number, body: Record<string, unknown>): NextResponse {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

async function refuseUnread(request: Request, status: number, error: string): Promise<NextResponse> {
  await request.body?.cancel().catch(() => undefined);
  return answer(status, { error });
}

export async function POST(request: Request) {
  await connection();
  // Uploads come from our own dashboard; a page on another site cannot post here with the editor's cookie.
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return refuseUnread(request, 403, tEditorial.errors.forbidden);
  const user = await getCurrentUser();
  const db = await database();
  const allowed = await authoriseUpload(db, user);
  if (!allowed.ok) return refuseUnread(request, allowed.status, allowed.message);

  const storage = getMediaStorage();
  const received = await receiveUpload(request, await storage.tempDir());
  if (!received.ok) return answer(received.status, { error: received.status === 413 ? problems.tooLarge : problems.request });
  const ingested = await ingestFile(storage, received.file);
  if (!ingested.ok) {
    const status = ingested.problem === "tooLarge" ? 413 : ingested.problem === "type" ? 415 : 422;
    return answer(status, { error: problems[ingested.problem], problem: ingested.problem });
  }
  const recorded = await recordUpload(db, user, ingested.value, received.name, received.title);
  if (!recorded.ok) return answer(recorded.status, { error: recorded.message });
  if (recorded.value.restored) {
    // The same bytes as a file deleted a moment ago brought it back: pages that use it show it again.
    const uses = await mediaUses(db, recorded.value);
    await expireReaderCaches({ tags: [tagFor.media(recorded.value.id), ...(await readerTagsOfPosts(db, uses.map((use) => use.id)))] }, "route");
  }
  return answer(recorded.value.duplicate ? 200 : 201, recorded.value);
}
