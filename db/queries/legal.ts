// The Impressum and the Erklärung zur Barrierefreiheit: as readers see them, cached like every reader query, and as
// the admin edits them.
import "server-only";
import { inArray } from "drizzle-orm";
import { toImpressum, toStatement, type AccessibilityStatement, type Impressum } from "@/lib/legal";
import { can } from "@/lib/permissions";
import { getDb } from "../connection";
import { siteSettings } from "../schema";
import { IMPRESSUM_KEY, STATEMENT_KEY } from "./legal-keys";
import { readerCache } from "./reader-cache";
import type { CurrentUser } from "./users";

export async function getLegalSettings(): Promise<{ impressum: Impressum; statement: AccessibilityStatement }> {
  "use cache";
  await readerCache();
  const db = await getDb();
  const rows = await db.select().from(siteSettings).where(inArray(siteSettings.key, [IMPRESSUM_KEY, STATEMENT_KEY]));
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  return { impressum: toImpressum(value(IMPRESSUM_KEY)), statement: toStatement(value(STATEMENT_KEY)) };
}

/** For the admin's form and warning: the stored values, without the reader cache; null for anyone else. */
export async function loadLegalForEditing(actor: CurrentUser): Promise<{ impressum: Impressum; statement: AccessibilityStatement } | null> {
  if (!can.manageLegal(actor)) return null;
  const db = await getDb();
  const rows = await db.select().from(siteSettings).where(inArray(siteSettings.key, [IMPRESSUM_KEY, STATEMENT_KEY]));
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  return { impressum: toImpressum(value(IMPRESSUM_KEY)), statement: toStatement(value(STATEMENT_KEY)) };
}
