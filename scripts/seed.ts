// `npm run db:seed [-- --posts N]`: the demo publication, plus N synthetic posts for load tests.
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { openDatabase } from "@/db/client";
import { runScript } from "./run-script";
import { DEMO_PASSWORD, demoAdmin } from "./demo-content/site";
import { seedDemo } from "./seed/demo";
import { seedDemoMedia } from "./seed/media";
import { getMediaStorage } from "@/lib/media/storage";
import { seedSyntheticPosts } from "./seed/synthetic";

await runScript(async () => {
  const { values } = parseArgs({ options: { posts: { type: "string" } } });
  const extra = values.posts === undefined ? 0 : Number(values.posts);
  if (!Number.isInteger(extra) || extra < 0) throw new Error(`--posts needs a whole number, got "${values.posts}"`);

  const handle = await openDatabase();
  try {
    await handle.migrate();
    const { created } = await seedDemo(handle.db);
    console.log(created > 0 ? `Demo content: ${created} posts added.` : "Demo content already present: nothing changed.");
    const { files, covers } = await seedDemoMedia(handle.db, getMediaStorage());
    if (files > 0 || covers > 0) console.log(`Demo media: ${files} whitepapers and ${covers} cover illustrations added to the library.`);
    console.log(`Dashboard sign-in: ${demoAdmin.email} / ${DEMO_PASSWORD} (admin; the demo authors use the same password)`);
    if (extra > 0) {
      const bar = new SingleBar({ format: "Synthetic posts [{bar}] {value}/{total} ({eta}s left)" }, Presets.shades_classic);
      bar.start(extra, 0);
      const started = Date.now();
      await seedSyntheticPosts(handle.db, extra, (done) => bar.update(done), handle.kind === "pglite" ? 500 : 2000);
      bar.stop();
      console.log(`${extra} synthetic posts added in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  } finally {
    await handle.close();
  }
});
