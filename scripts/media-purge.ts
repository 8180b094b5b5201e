// `npm run media:purge`: removes library files deleted longer than the undo window (30 minutes) for good, their rows
// and post references as well as the stored files, on disk or in S3. The dashboard also purges whenever the media
// library is opened or a file is deleted, so this is for sites that want it on a timer; running both is safe.
import { openDatabase } from "@/db/client";
import { tEditorial } from "@/lib/i18n";
import { purgeExpiredMedia } from "@/lib/media/purge";
import { getMediaStorage } from "@/lib/media/storage";
import { runScript } from "./run-script";

await runScript(async () => {
  const handle = await openDatabase();
  try {
    await handle.migrate();
    const storage = getMediaStorage();
    let total = 0;
    for (;;) {
      const purged = await purgeExpiredMedia(handle.db, storage);
      total += purged.ids.length;
      if (purged.ids.length === 0) break;
    }
    console.log(tEditorial.media.purged(total));
  } finally {
    await handle.close();
  }
});
