import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { missingFields, impressumFields, statementFields } from "@/lib/legal";
import { installDatabaseForTests } from "../connection";
import { openTestDatabase, testDrivers, type TestDatabase } from "../testing/databases";
import { insertUser } from "../testing/fixtures";
import { pages } from "../schema";
import { loadLegalForEditing } from "../queries/legal";
import { saveImpressum, saveStatement } from "./legal";
import { createPage, updatePage } from "./pages";

describe.each(testDrivers)("legal settings and pages on %s", (driver) => {
  let testDb: TestDatabase;
  const db = () => testDb.handle.db;

  beforeAll(async () => {
    testDb = await openTestDatabase(driver);
    installDatabaseForTests(testDb.handle);
  });
  afterAll(async () => testDb.dispose());
  beforeEach(async () => {
    await db().execute(sql`truncate site_settings, pages, users restart identity cascade`);
  });

  it("lets only admins save the Impressum, and reports missing required fields", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const admin = await insertUser(db(), { role: "admin" });
    expect(await saveImpressum(db(), editor, { organisation: "Stadt" })).toMatchObject({ ok: false, status: 403 });
    expect(await saveImpressum(db(), null, { organisation: "Stadt" })).toMatchObject({ ok: false, status: 401 });
    expect(await saveImpressum(db(), admin, { organisation: " Stadt Musterhausen ", email: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(String) },
    });
    expect(await saveImpressum(db(), admin, { organisation: " Stadt Musterhausen ", email: "presse@example.org" })).toMatchObject({ ok: true });
    expect(await loadLegalForEditing(editor)).toBeNull();
    const { impressum, statement } = (await loadLegalForEditing(admin))!;
    expect(impressum.organisation).toBe("Stadt Musterhausen");
    expect(missingFields(impressumFields, impressum)).toEqual(["Anschrift", "Vertreten durch", "Telefon", "Verantwortlich nach § 18 Abs. 2 MStV"]);
    expect(statement.enforcementUrl).toBe("https://www.schlichtungsstelle-bgg.de");
    expect(missingFields(statementFields, statement)).toContain("Erstellt am (JJJJ-MM-TT)");
  });

  it("checks the statement's conformance, dates and links", async () => {
    const admin = await insertUser(db(), { role: "admin" });
    const bad = await saveStatement(db(), admin, { conformance: "fast", preparedOn: "1.2.2026", enforcementUrl: "javascript:alert(1)" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { conformance: expect.any(String), preparedOn: expect.any(String), enforcementUrl: expect.any(String) } });
    expect(await saveStatement(db(), admin, { conformance: "vollstaendig", preparedOn: "2026-01-15" })).toMatchObject({ ok: true });
    expect((await loadLegalForEditing(admin))!.statement).toMatchObject({ conformance: "vollstaendig", preparedOn: "2026-01-15" });
  });

  it("lets editors keep pages, with fixed legal slugs allowed and route names refused", async () => {
    const editor = await insertUser(db(), { role: "editor" });
    const author = await insertUser(db(), { role: "author" });
    const input = { title: "Datenschutz", slug: "datenschutz", body: "# Text", status: "published" };
    expect(await createPage(db(), author, input)).toMatchObject({ ok: false, status: 403 });
    const created = await createPage(db(), editor, input);
    expect(created).toMatchObject({ ok: true, value: { slug: "datenschutz" } });
    expect(await createPage(db(), editor, input)).toMatchObject({ ok: false, status: 409 });
    expect(await createPage(db(), editor, { ...input, slug: "impressum" })).toMatchObject({ ok: false, status: 422 });
    expect(await createPage(db(), editor, { ...input, slug: "suche" })).toMatchObject({ ok: false, status: 422 });
    expect(await createPage(db(), editor, { ...input, title: "Über uns", slug: "" })).toMatchObject({ ok: true, value: { slug: "ueber-uns" } });
    if (!created.ok) throw new Error();
    expect(await updatePage(db(), editor, created.value.id, 1, { ...input, status: "draft" })).toMatchObject({ ok: true });
    expect(await updatePage(db(), editor, 999, 1, input)).toMatchObject({ ok: false, status: 404 });
    expect(await db().select({ status: pages.status }).from(pages).where(sql`slug = 'datenschutz'`)).toEqual([{ status: "draft" }]);
  });
});
