import { expect, test } from "@playwright/test";
import { ScriptedEditor, VisibilityWatcher } from "../scripts/loadtest/editor";
import { accounts, DEMO_PASSWORD } from "./support/dashboard";

// The load run's editor must really publish: otherwise its publish → visible figures would time nothing.
test("the load run's scripted editor publishes through the dashboard and readers see the post", async ({ request, baseURL }) => {
  const editor = await ScriptedEditor.signIn(baseURL!, accounts.editor, DEMO_PASSWORD);
  // The watcher the load run times publish → visible with, on its own thread.
  const watcher = new VisibilityWatcher();
  try {
    const title = `Lastlauf-Probe ${Date.now().toString(36)}`;
    const write = await editor.publishNew(title, "Basics");
    expect(write.postId).toBeGreaterThan(0);
    expect(await watcher.timeUntilVisible(`${baseURL}/`, title, write.acknowledgedAt)).not.toBeNull();
    const article = await request.get(`/artikel/${write.slug}`);
    expect(article.status()).toBe(200);
    expect(await article.text()).toContain(title);

    const edited = await editor.editPublished(write.postId, write.slug, `${title} (bearbeitet)`);
    expect(await watcher.timeUntilVisible(`${baseURL}/artikel/${write.slug}`, edited.title, edited.acknowledgedAt)).not.toBeNull();
    // It really polls: a text no page shows is never reported visible.
    expect(await watcher.timeUntilVisible(`${baseURL}/`, `nirgends ${title}`, Date.now() - 14_000)).toBeNull();
  } finally {
    await watcher.close();
    await editor.close();
  }
});
