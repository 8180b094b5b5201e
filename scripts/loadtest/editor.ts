// The scripted editor of the load run: a real Chromium signs in through the sign-in form and publishes or edits
// posts through the dashboard, so every request is the one an editor's browser sends (server actions included).
import { chromium, type Browser, type Page, type Response } from "playwright-core";
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { tEditorial } from "@/lib/i18n";

export type EditorWrite = { kind: "publish" | "edit"; postId: number; slug: string; title: string; acknowledgedAt: number };

const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
}

/** The editor form lives in the visible view; Next keeps a hidden previous route after client navigation. */
const view = (page: Page) => page.locator("[data-view]:visible");

export class ScriptedEditor {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly base: string,
  ) {}

  static async signIn(base: string, email: string, password: string): Promise<ScriptedEditor> {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
    const context = await browser.newContext({ baseURL: base, locale: "de-DE", timezoneId: "Europe/Berlin" });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto("/anmelden");
    await page.getByLabel("E-Mail-Adresse").fill(email);
    await page.getByLabel("Passwort").fill(password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL(/\/dashboard/);
    return new ScriptedEditor(browser, page, base);
  }

  /** Writes a new post and publishes it; resolves when the dashboard has confirmed the publication. */
  async publishNew(title: string, category: string): Promise<EditorWrite> {
    const page = this.page;
    await page.goto("/dashboard/beitraege/neu");
    await view(page).getByLabel("Text (Markdown)").fill(`## Lagebild\n\nEin Beitrag aus dem Lastlauf: ${title}.`);
    await view(page).getByLabel("Kurzfassung").fill("Kurzfassung eines Beitrags aus dem Lastlauf.");
    await view(page).getByLabel("Erste Kategorie (Pflicht)").selectOption({ label: category });
    await view(page).getByLabel("Titel").fill(title);
    await page.waitForURL(/\/dashboard\/beitraege\/\d+$/);
    const postId = Number(/\/(\d+)$/.exec(page.url())?.[1]);
    await view(page).getByRole("button", { name: tEditorial.editor.publishNow }).click();
    await view(page).getByRole("status").filter({ hasText: tEditorial.editor.published }).waitFor();
    const acknowledgedAt = Date.now();
    const slug = await view(page).getByLabel("Adresse (Slug)").inputValue();
    return { kind: "publish", postId, slug, title, acknowledgedAt };
  }

  /** Changes a published post's title and saves; resolves when the dashboard has confirmed the save. */
  async editPublished(postId: number, slug: string, title: string): Promise<EditorWrite> {
    const page = this.page;
    await page.goto(`/dashboard/beitraege/${postId}`);
    await view(page).getByLabel("Titel").fill(title);
    await view(page).getByRole("button", { name: tEditorial.editor.saveChanges }).click();
    await view(page).getByTestId("speicherstatus").filter({ hasText: /Gespeichert \d/ }).waitFor();
    return { kind: "edit", postId, slug, title, acknowledgedAt: Date.now() };
  }

  /**
   * A save while the database is away: what status the server action answered, whether a German message was shown,
   * and whether the typed title is still in the field. Then retries until the save goes through (≤ `retryMs`).
   */
  /** Opens a post's editor; called before the database goes away, as an editor would have it open. */
  async openForEditing(postId: number): Promise<void> {
    await this.page.goto(`/dashboard/beitraege/${postId}`, { timeout: 60_000 });
    await view(this.page).getByLabel("Titel").waitFor({ timeout: 30_000 });
  }

  /**
   * Saves a new title in the open editor while the database is away and reads what came back. A server action always
   * answers HTTP 200; a refusal's status (503 here) travels in its result, so that is the status read.
   */
  async saveDuringOutage(title: string) {
    const page = this.page;
    const field = view(page).getByLabel("Titel");
    await field.fill(title);
    // The save's own action call: other POSTs (the kept form draft, the text's autosave) may fail first while the
    // database is away, and their answers say nothing about the save.
    const isSave = (r: Response) =>
      r.request().method() === "POST" && r.url().startsWith(this.base) && /"command":"save"/.test(r.request().postData() ?? "");
    const response = page.waitForResponse(isSave, { timeout: 30_000 });
    await view(page).getByRole("button", { name: tEditorial.editor.saveChanges }).click();
    const answer = await response.then(async (r) => ({ http: r.status(), body: await r.text().catch(() => "") })).catch(() => ({ http: 0, body: "" }));
    const message = await view(page).getByRole("alert").allInnerTexts().catch(() => [] as string[]);
    // The refusal's status is in the action's result; when Chromium cannot hand over that body (it sometimes reports
    // it empty), the editor's alert tells it: that message is the one the app gives only with a 503.
    const refusal = /"status":(\d{3})/.exec(answer.body);
    const outageMessage = message.some((text) => text.includes(tEditorial.errors.databaseUnavailable));
    const status = answer.http === 200 && refusal ? Number(refusal[1]) : answer.http === 200 && outageMessage ? 503 : answer.http;
    const germanMessage = message.some((text) => /Datenbank|nicht erreichbar|später|erneut/i.test(text));
    const textKept = (await field.inputValue().catch(() => "")) === title;
    // For the run's log: what the save got back and what the editor showed, when the status is not the expected one.
    const seen = `${answer.body.slice(0, 200)} | ${message.join(" / ")}`;
    return { status, germanMessage, textKept, seen };
  }

  /** Presses save until the editor says it saved; false when `retryMs` pass first. */
  async saveUntilSaved(retryMs: number): Promise<boolean> {
    const page = this.page;
    const until = Date.now() + retryMs;
    while (Date.now() < until) {
      await view(page).getByRole("button", { name: tEditorial.editor.saveChanges }).click().catch(() => {});
      const saved = await view(page)
        .getByTestId("speicherstatus")
        .filter({ hasText: /Gespeichert \d/ })
        .waitFor({ timeout: 3000 })
        .then(() => true, () => false);
      if (saved) return true;
    }
    return false;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Times publish → visible from a thread of its own (visibility-worker.mjs); `close` ends it. */
export class VisibilityWatcher {
  private readonly worker = new Worker(new URL("./visibility-worker.mjs", import.meta.url));
  private readonly pending = new Map<number, (ms: number | null) => void>();
  private nextId = 0;

  constructor() {
    this.worker.on("message", ({ id, ms }: { id: number; ms: number | null }) => {
      this.pending.get(id)?.(ms);
      this.pending.delete(id);
    });
  }

  /** ms from `since` until `url` shows `text`, or null after 15 s. */
  timeUntilVisible(url: string, text: string, since: number): Promise<number | null> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, url, text, since });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
