// Removes library files deleted longer than the undo window: the rows and post references (db/mutations/media.ts),
// then the stored files. Run by `npm run media:purge` and opportunistically by the dashboard.
import "server-only";
import type { Database } from "@/db/client";
import { isKnownHash, purgeDeletedMedia, type PurgedMedia } from "@/db/mutations/media";
import type { MediaStorage } from "./storage";

/**
 * Purges what is due and removes the stored files of every hash no item knows any more (the same bytes may have been
 * uploaded again meanwhile). Several instances may run it at once: the database hands each row to one of them.
 */
export async function purgeExpiredMedia(db: Database, storage: MediaStorage, options: { now?: Date; limit?: number } = {}): Promise<PurgedMedia> {
  const purged = await purgeDeletedMedia(db, options);
  for (const hash of purged.hashes) {
    if (!(await isKnownHash(db, hash))) await storage.removeAll(hash);
  }
  return purged;
}
