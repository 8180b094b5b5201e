// Puts the demo's files through the same pipeline as an upload (type check, variants, storage, library row): the two
// whitepapers, attached to their posts, and the publication's own illustrations, rasterised once each from SVG and set
// as the demo posts' covers. Rerunning changes nothing.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import sharp from "sharp";
import type { Database } from "@/db/client";
import { recordUpload, updateMediaDetails } from "@/db/mutations/media";
import { postAttachments, posts, users } from "@/db/schema";
import { ingestFile } from "@/lib/media/pipeline";
import type { MediaStorage } from "@/lib/media/storage";
import { demoWhitepapers, simplePdf } from "../demo-content/whitepapers";
import { COVER_CREDIT, coverAlt, demoDrafts, demoPosts, demoScheduled, type CoverName } from "../demo-content/posts";
import { demoAdmin } from "../demo-content/site";

const illustrations = path.join(import.meta.dirname, "..", "demo-content", "covers");

/** The illustration as a 1600×900 PNG: sharp draws the SVG (librsvg), the upload pipeline takes it from there. */
export async function rasteriseIllustration(name: CoverName): Promise<Buffer> {
  return sharp(path.join(illustrations, `${name}.svg`)).resize(1600, 900).png({ compressionLevel: 6 }).toBuffer();
}

async function temporaryFile(storage: MediaStorage, bytes: Buffer): Promise<string> {
  const temp = path.join(await storage.tempDir(), `${randomUUID()}.upload`);
  await writeFile(temp, bytes);
  return temp;
}

/** Demo post slugs by the illustration that is their cover. */
function postsByIllustration(): Map<CoverName, string[]> {
  const byName = new Map<CoverName, string[]>();
  for (const post of [...demoPosts, ...demoDrafts, demoScheduled]) {
    if (post.cover) byName.set(post.cover, [...(byName.get(post.cover) ?? []), post.slug]);
  }
  return byName;
}

async function seedCovers(db: Database, storage: MediaStorage, admin: { id: number }): Promise<number> {
  const wanted = postsByIllustration();
  // Only illustrations some demo post still lacks: a rerun reads no SVG at all.
  const missing = await db
    .select({ slug: posts.slug })
    .from(posts)
    .where(and(inArray(posts.slug, [...wanted.values()].flat()), isNull(posts.coverMediaId)));
  const lacking = new Set(missing.map((row) => row.slug));
  const names = [...wanted.keys()].filter((name) => wanted.get(name)!.some((slug) => lacking.has(slug)));
  // Rasterising and making variants run side by side (sharp works in its own threads); rows are written in order.
  const stored = await Promise.all(
    names.map(async (name) => {
      const result = await ingestFile(storage, await temporaryFile(storage, await rasteriseIllustration(name)));
      if (!result.ok) throw new Error(`Demo illustration ${name} refused: ${result.problem}`);
      return { name, file: result.value };
    }),
  );
  let added = 0;
  for (const { name, file } of stored) {
    const recorded = await recordUpload(db, admin, file, `illustration-${name}.png`, `Illustration: ${name[0]!.toUpperCase()}${name.slice(1)}`);
    if (!recorded.ok) throw new Error(recorded.message);
    if (!recorded.value.duplicate) {
      added += 1;
      const details = await updateMediaDetails(db, admin, recorded.value.id, { alt: coverAlt[name], credit: COVER_CREDIT });
      if (!details.ok) throw new Error(details.message);
    }
    await db
      .update(posts)
      .set({ coverMediaId: recorded.value.id })
      .where(and(inArray(posts.slug, wanted.get(name)!), isNull(posts.coverMediaId)));
  }
  return added;
}

export async function seedDemoMedia(db: Database, storage: MediaStorage): Promise<{ files: number; covers: number }> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoAdmin.email));
  if (!admin) throw new Error("Seed the demo publication before its media");
  const targets = await db
    .select({ id: posts.id, slug: posts.slug })
    .from(posts)
    .where(inArray(posts.slug, demoWhitepapers.map((paper) => paper.attachTo)));
  let files = 0;
  for (const paper of demoWhitepapers) {
    const stored = await ingestFile(storage, await temporaryFile(storage, simplePdf(paper.lines)));
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
  const covers = await seedCovers(db, storage, admin);
  return { files, covers };
}
