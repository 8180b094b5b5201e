import { expect, test } from "@playwright/test";
import { ScriptedEditor, timeUntilVisible } from "../scripts/loadtest/editor";
import { accounts, DEMO_PASSWORD } from "./support/dashboard";

// The load run's editor must really publish: otherwise its publish → visible figures would time nothing.
test("the load run's scripted editor publishes through the dashboard and readers see the post", async ({ request, baseURL }) => {
  const editor = await ScriptedEditor.signIn(baseURL!, accounts.editor, DEMO_PASSWORD);
  try {
    const title = `Lastlauf-Probe ${Date.now().toString(36)}`;
    const write = await editor.publishNew(title, "Basics");
    expect(write.postId).toBeGreaterThan(0);
    expect(await timeUntilVisible(`${baseURL}/`, (html) => html.includes(title), write.acknowledgedAt)).not.toBeNull();
    const article = await request.get(`/artikel/${write.slug}`);
    expect(article.status()).toBe(200);
    expect(await article.text()).toContain(title);

    const edited = await editor.editPublished(write.postId, write.slug, `${title} (bearbeitet)`);
    expect(await timeUntilVisible(`${baseURL}/artikel/${write.slug}`, (html) => html.includes(edited.title), edited.acknowledgedAt)).not.toBeNull();
  } finally {
    await editor.close();
  }
});
