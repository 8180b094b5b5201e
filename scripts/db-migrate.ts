// `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the PGlite folder.
import { openDatabase } from "@/db/client";
import { runScript } from "./run-script";

await runScript(async () => {
  const handle = await openDatabase();
  try {
    await handle.migrate();
    console.log(`Migrations applied (${handle.kind}).`);
  } finally {
    await handle.close();
  }
});
