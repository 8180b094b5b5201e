// Puts the demo's whitepapers through the same pipeline as an upload (type check, storage, library row) and
// attaches them to their posts; rerunning changes nothing.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { recordUpload, updateMediaDetails } from "@/db/mutations/media";
import { postAttachments, posts, users } from "@/db/schema";
import { ingestFile } from "@/lib/media/pipeline";
import type { MediaStorage } from "@/lib/media/storage";
import { demoWhitepapers, simplePdf } from "../demo-content/whitepapers";
import { demoAdmin } from "../demo-content/site";

export async function seedDemoMedia(db: Database, storage: MediaStorage): Promise<{ files: number }> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAdmin.email));
  if (!admin) throw new Error("Seed the demo publication before its media");
  const targets = await db
    .select({ id: posts.id, slug: posts.slug })
    .from(posts)
    .where(inArray(posts.slug, demoWhitepapers.map((paper) => paper.attachTo)));
  let files = 0;
  for (const paper of demoWhitepapers) {
    const temp = path.join(await storage.tempDir(), `${randomUUID()}.upload`);
    await writeFile(temp, simplePdf(paper.lines));
    const stored = await ingestFile(storage, temp);
    if (!stored.ok) throw new Error(`Demo whitepaper ${paper.fileName} refused: ${stored.problem}`);
    const recorded = await recordUpload(db, admin, stored.value, paper.fileName, paper.title);
    if (!recorded.ok) throw new Error(recorded.message);
    if (!recorded.value.duplicate) {
      files += 1;
      await updateMediaDetails(db, admin, recorded.value.id, { title: paper.title, credit: "Amtsblatt digital" });
    }
    const post = targets.find((target) => target.slug === paper.attachTo);
    if (post) await db.insert(postAttachments).values({ postId: post.id, mediaId: recorded.value.id }).onConflictDoNothing();
  }
  return { files };
}
