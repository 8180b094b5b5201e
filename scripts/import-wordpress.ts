// `npm run import:wordpress -- <export.xml> [--uploads <folder>] [--dry-run]`: a WordPress export into Blattwerk.
import { existsSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { ensureImportAccount } from "@/db/mutations/imports";
import { tWordpress } from "@/lib/i18n";
import { getMediaStorage } from "@/lib/media/storage";
import { WxrError } from "@/lib/wordpress/parse";
import { consoleProgress } from "@/lib/wordpress/report";
import { importWordpress } from "@/lib/wordpress/write";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { uploads: { type: "string" }, "dry-run": { type: "boolean", default: false } },
});
const file = positionals[0];

async function main(): Promise<number> {
  if (!file || positionals.length > 1) {
    console.error(tWordpress.usage);
    return 2;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    console.error(tWordpress.unreadable(file, "nicht gefunden"));
    return 2;
  }
  if (values.uploads && !existsSync(values.uploads)) {
    console.error(tWordpress.uploadsMissing(values.uploads));
    return 2;
  }
  const handle = await openDatabase();
  try {
    await handle.migrate();
    const actor = await ensureImportAccount(handle.db);
    const report = await importWordpress({
      file,
      uploadsDir: values.uploads ?? null,
      dryRun: values["dry-run"]!,
      db: handle.db,
      storage: getMediaStorage(),
      actorId: actor.id,
      progress: consoleProgress(),
      concurrency: handle.kind === "postgres" ? 6 : 1,
    });
    console.log(report.format());
    const reportFile = `${file}.import-report.json`;
    await writeFile(reportFile, `${JSON.stringify(report.toJSON(), null, 2)}\n`);
    console.log(tWordpress.reportWritten(reportFile));
    return 0;
  } catch (error) {
    if (error instanceof WxrError) {
      console.error(`Fehler: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main().catch((error: Error) => {
  console.error(`Fehler: ${process.env.DEBUG ? error.stack : error.message}`);
  return 1;
});
