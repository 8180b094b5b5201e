// The dashboard's opportunistic purge: a site that never runs `npm run media:purge` still loses files deleted long
// enough ago. It runs after the answer is sent, so nobody waits for it.
import "server-only";
import { after } from "next/server";
import { getDb } from "@/db/connection";
import { purgeExpiredMedia } from "./purge";
import { getMediaStorage } from "./storage";

export function purgeExpiredMediaAfterResponse(): void {
  after(async () => {
    try {
      await purgeExpiredMedia(await getDb(), getMediaStorage());
    } catch (error) {
      // Housekeeping: the next page view tries again.
      console.error("Purging deleted media failed", error);
    }
  });
}
