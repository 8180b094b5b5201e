// `npm run export:wordpress -- <out.xml> [--media <folder>]`: the publication as a WordPress export (WXR 1.2).
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { tWordpress } from "@/lib/i18n";
import { uploadDir } from "@/lib/media/storage";
import { siteConfig } from "@/lib/site-config";
import { siteUrl } from "@/lib/site-url";
import { exportWordpress } from "@/lib/wordpress/export";
import { runScript } from "./run-script";

await runScript(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { media: { type: "string" } } });
  const out = positionals[0];
  if (!out || positionals.length > 1) {
    console.error(tWordpress.exportUsage);
    process.exitCode = 2;
    return;
  }
  const handle = await openDatabase();
  try {
    await handle.migrate();
    const counts = await exportWordpress({
      db: handle.db,
      out,
      siteUrl: siteUrl(),
      siteName: siteConfig.name,
      siteDescription: siteConfig.description,
      mediaDir: values.media ?? null,
      uploadDir: uploadDir(),
    });
    console.log(tWordpress.exported(out, counts));
  } finally {
    await handle.close();
  }
});
