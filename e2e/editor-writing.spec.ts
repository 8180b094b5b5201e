// Writing in the post editor as WordPress and Ghost editors expect (issue 17): a formatting toolbar and shortcuts,
// Ctrl+S, word count and reading time, and images from the library, from an upload, a paste or a drop, each placed at
// the cursor with its alt text. Everything by keyboard.
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { expect, test, type Locator } from "./support/test";
import { accounts, newPost, signIn, ui } from "./support/dashboard";
import { expectAccessible } from "./support/checks";

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

function unique(prefix: string): string {
  return `${prefix} ${run}${Math.floor(Math.random() * 1000)}`;
}

/** A small PNG in a colour of its own (random, since parallel workers run this file too), so the library takes it as new. */
async function png(): Promise<Buffer> {
  const [r, g, b] = randomBytes(3);
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: r!, g: g!, b: b! } } })
    .png()
    .toBuffer();
}

async function select(body: Locator, start: number, end = start) {
  await body.focus();
  await body.evaluate((area: HTMLTextAreaElement, [from, to]) => area.setSelectionRange(from!, to!), [start, end]);
}

const selected = (body: Locator) =>
  body.evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd));
const caret = (body: Locator) => body.evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd]);

test("toolbar and shortcuts format the selection by keyboard, Ctrl+S saves from any field, the word count follows", async ({ page }) => {
  await signIn(page, accounts.editor);
  // Published: nothing saves it but an explicit save, so the reload below proves Ctrl+S.
  await newPost(page, unique("Formatierter Beitrag"), "Ein wichtiger Satz.\nErste Zeile\nZweite Zeile");
  await ui(page).getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(ui(page).getByTestId("speicherstatus")).toContainText("Veröffentlicht");
  const body = ui(page).getByLabel("Text (Markdown)");
  const words = ui(page).getByTestId("wortzahl");
  await expect(words).toHaveText("7 Wörter · etwa 1 Minute Lesezeit");
  // The count is part of the field's description, not a live region that speaks on every keystroke.
  await expect(body).toHaveAccessibleDescription(/7 Wörter · etwa 1 Minute Lesezeit/);
  await expect(words).not.toHaveAttribute("aria-live");

  // Shortcuts wrap the selection and unwrap it again; the selection stays on the word.
  await select(body, 4, 13);
  await page.keyboard.press("ControlOrMeta+b");
  await expect(body).toHaveValue("Ein **wichtiger** Satz.\nErste Zeile\nZweite Zeile");
  expect(await selected(body)).toBe("wichtiger");
  await page.keyboard.press("ControlOrMeta+b");
  await expect(body).toHaveValue("Ein wichtiger Satz.\nErste Zeile\nZweite Zeile");
  await page.keyboard.press("ControlOrMeta+i");
  await expect(body).toHaveValue("Ein *wichtiger* Satz.\nErste Zeile\nZweite Zeile");
  // Undo takes the edit back like typing (the browser's own undo stack).
  await page.keyboard.press("ControlOrMeta+z");
  await expect(body).toHaveValue("Ein wichtiger Satz.\nErste Zeile\nZweite Zeile");
  await select(body, 4, 13);
  await page.keyboard.press("ControlOrMeta+k");
  await expect(body).toHaveValue("Ein [wichtiger](https://) Satz.\nErste Zeile\nZweite Zeile");
  expect(await selected(body)).toBe("https://");
  await page.keyboard.type("https://example.org/rat");
  await expect(body).toHaveValue("Ein [wichtiger](https://example.org/rat) Satz.\nErste Zeile\nZweite Zeile");

  // The toolbar: one tab stop before the field, arrow keys between its buttons, the edit back in the field.
  const toolbar = ui(page).getByRole("toolbar", { name: "Textformat" });
  const text = await body.inputValue();
  await select(body, text.indexOf("Erste"), text.length);
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Fett" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(toolbar.getByRole("button", { name: "Bild", exact: true })).toBeFocused();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Aufzählung" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(body).toHaveValue("Ein [wichtiger](https://example.org/rat) Satz.\n- Erste Zeile\n- Zweite Zeile");
  await expect(body).toBeFocused();
  expect(await selected(body)).toBe("- Erste Zeile\n- Zweite Zeile");
  // The toolbar remembers its place: back to it, one step right, Enter.
  await page.keyboard.press("Shift+Tab");
  await expect(toolbar.getByRole("button", { name: "Aufzählung" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(body).toHaveValue("Ein [wichtiger](https://example.org/rat) Satz.\n1. Erste Zeile\n2. Zweite Zeile");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Zitat" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(body).toHaveValue("Ein [wichtiger](https://example.org/rat) Satz.\n> 1. Erste Zeile\n> 2. Zweite Zeile");
  await select(body, 2);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(toolbar.getByRole("button", { name: "Zwischenüberschrift" })).toBeFocused();
  await page.keyboard.press("Space");
  const formatted = "## Ein [wichtiger](https://example.org/rat) Satz.\n> 1. Erste Zeile\n> 2. Zweite Zeile";
  await expect(body).toHaveValue(formatted);
  expect(await caret(body)).toEqual([5, 5]);
  await expectAccessible(page);

  // Word count and reading time follow the typing.
  await page.keyboard.press("End");
  await page.keyboard.type(" Noch drei Wörter");
  await expect(words).toHaveText("15 Wörter · etwa 1 Minute Lesezeit");
  const long = `${formatted} Noch drei Wörter\n\n${Array(400).fill("Wort").join(" ")}`;
  await body.fill(long);
  await expect(words).toHaveText("415 Wörter · etwa 2 Minuten Lesezeit");

  // Ctrl+S saves from another field of the editor too, as the save button would.
  await ui(page).getByLabel("Kurzfassung").focus();
  await page.keyboard.press("ControlOrMeta+s");
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d{2}:\d{2}/);
  await page.reload();
  await expect(ui(page).getByLabel("Text (Markdown)")).toHaveValue(long);
});

test("an image from the library goes in at the cursor through the toolbar's dialog", async ({ page }) => {
  await signIn(page, accounts.editor);
  await newPost(page, unique("Bild aus der Mediathek"), "Erster Absatz.\n\nZweiter Absatz.");
  const body = ui(page).getByLabel("Text (Markdown)");
  await select(body, "Erster Absatz.".length);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Bild einfügen" });
  await expect(dialog).toBeVisible();
  const library = dialog.getByLabel("Aus der Mediathek");
  await expect(library).toBeFocused();
  await expectAccessible(page);
  // Nothing chosen: the dialog says so and stays.
  await dialog.getByRole("button", { name: "In den Text einfügen" }).press("Enter");
  await expect(dialog.getByRole("alert")).toHaveText("Bitte wählen Sie ein Bild aus der Mediathek oder laden Sie eines hoch.");
  await library.focus();
  await page.keyboard.press("ArrowDown");
  await dialog.getByRole("button", { name: "In den Text einfügen" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(body).toBeFocused();
  const value = await body.inputValue();
  expect(value).toMatch(/^Erster Absatz\.\n\n!\[[^\]]*\]\(\/medien\/[0-9a-f]+\/bild\)\n\nZweiter Absatz\.$/);
  expect(await caret(body)).toEqual([value.indexOf(")\n\nZweiter") + 1, value.indexOf(")\n\nZweiter") + 1]);

  // Escape closes the dialog and puts the cursor back, nothing changed.
  await select(body, 3);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(body).toBeFocused();
  expect(await caret(body)).toEqual([3, 3]);
  await expect(body).toHaveValue(value);
});

test("a file uploaded from the editor shows progress, asks for its alt text and lands at the cursor with it", async ({ page }) => {
  await signIn(page, accounts.editor);
  await newPost(page, unique("Hochgeladenes Bild"), "Vorher.\n\nNachher.");
  const body = ui(page).getByLabel("Text (Markdown)");
  await select(body, "Vorher.".length);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Bild einfügen" });
  const file = dialog.getByLabel("Neues Bild hochladen");

  // What the media pipeline refuses, it refuses here with its own words; the text is untouched.
  await file.setInputFiles({ name: `kein-bild-${run}.png`, mimeType: "image/png", buffer: Buffer.from("<!doctype html><p>kein Bild</p>") });
  await expect(dialog.getByTestId("bild-hochladen").getByRole("status")).toContainText("Dieser Dateityp wird nicht angenommen", { timeout: 30_000 });
  await file.setInputFiles({ name: "notiz.txt", mimeType: "text/plain", buffer: Buffer.from("Nur Text") });
  await expect(dialog.getByTestId("bild-hochladen").getByRole("status")).toContainText("Hier lassen sich nur Bilder einfügen");

  const name = `marktplatz-${run}.png`;
  await file.setInputFiles({ name, mimeType: "image/png", buffer: await png() });
  await expect(dialog.getByRole("progressbar", { name: `Fortschritt beim Hochladen von ${name}` })).toBeVisible();
  await expect(dialog.getByTestId("bild-hochladen").getByRole("status")).toHaveText(`${name} ist hochgeladen.`, { timeout: 30_000 });
  await expectAccessible(page);

  // The alt text is required unless the image is marked decorative, as in the media library.
  const alt = dialog.getByLabel("Alternativtext", { exact: true });
  await dialog.getByRole("button", { name: "In den Text einfügen" }).click();
  await expect(dialog.getByText("Bitte beschreiben Sie das Bild (Alternativtext) oder markieren Sie es als dekorativ.")).toBeVisible();
  await expect(alt).toBeFocused();
  await expect(alt).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.type("Der Marktplatz im Schnee");
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(body).toBeFocused();
  const value = await body.inputValue();
  expect(value).toMatch(/^Vorher\.\n\n!\[Der Marktplatz im Schnee\]\(\/medien\/[0-9a-f]{64}\/bild\)\n\nNachher\.$/);
  const end = value.indexOf("\n\nNachher");
  expect(await caret(body)).toEqual([end, end]);
  // The preview shows the uploaded picture with its alt text; the library learnt the alt text too.
  await expect(ui(page).getByTestId("vorschau").getByRole("img", { name: "Der Marktplatz im Schnee" })).toBeVisible({ timeout: 15_000 });
  await page.goto(`/dashboard/medien?q=${encodeURIComponent(`marktplatz-${run}`)}`);
  await expect(ui(page).getByTestId("medium").getByLabel("Alternativtext", { exact: true })).toHaveValue("Der Marktplatz im Schnee");
});

/** Dispatches a paste or a drop of a PNG on the field, as the browser would for a picture from elsewhere. */
async function deliver(body: Locator, how: "paste" | "drop", name: string, bytes: Buffer, point?: { x: number; y: number }) {
  await body.evaluate(
    (area: HTMLTextAreaElement, { how, name, data, point }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type: "image/png" }));
      if (how === "paste") {
        area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
        return;
      }
      const at = { clientX: point?.x ?? 0, clientY: point?.y ?? 0 };
      area.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true, ...at }));
      area.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true, ...at }));
    },
    { how, name, data: bytes.toString("base64"), point },
  );
}

test("a pasted and a dropped image are uploaded, asked for their alt text and placed at the caret or the drop point", async ({ page }) => {
  await signIn(page, accounts.editor);
  await newPost(page, unique("Eingefügte Bilder"), "Oben.\n\nUnten.");
  const body = ui(page).getByLabel("Text (Markdown)");
  const dialog = page.getByRole("dialog", { name: "Bild einfügen" });

  await select(body, "Oben.".length);
  await deliver(body, "paste", `eingefuegt-${run}.png`, await png());
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Alternativtext", { exact: true })).toBeFocused();
  // Writing the alt text while the file travels; the dialog waits for the upload before inserting.
  await page.keyboard.type("Ein eingefügtes Bild");
  await expect(dialog.getByTestId("bild-hochladen").getByRole("status")).toHaveText(`eingefuegt-${run}.png ist hochgeladen.`, { timeout: 30_000 });
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(body).toBeFocused();
  let value = await body.inputValue();
  expect(value).toMatch(/^Oben\.\n\n!\[Ein eingefügtes Bild\]\(\/medien\/[0-9a-f]{64}\/bild\)\n\nUnten\.$/);

  // Dropped onto the start of the first line: it goes there, not to the caret.
  await select(body, value.length);
  const box = (await body.boundingBox())!;
  await deliver(body, "drop", `abgelegt-${run}.png`, await png(), { x: box.x + 14, y: box.y + 14 });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("bild-hochladen").getByRole("status")).toHaveText(`abgelegt-${run}.png ist hochgeladen.`, { timeout: 30_000 });
  await dialog.getByLabel("Rein dekorativ (kein Alternativtext)").check();
  await dialog.getByRole("button", { name: "In den Text einfügen" }).click();
  await expect(dialog).toHaveCount(0);
  value = await body.inputValue();
  expect(value).toMatch(/^!\[\]\(\/medien\/[0-9a-f]{64}\/bild\)\n\nOben\.\n\n!\[Ein eingefügtes Bild\]/);
  // The text went through the same state as typing: saved, and there after a reload.
  await expect(ui(page).getByTestId("speicherstatus")).toContainText(/Gespeichert \d{2}:\d{2}/, { timeout: 15_000 });
  await page.reload();
  await expect(ui(page).getByLabel("Text (Markdown)")).toHaveValue(value);
});
