// The attack suite's trap: a page under test fails on any script execution (the corpus calls __hit), any dialog, and
// any request to another host.
import { expect, type Page } from "../support/test";

export type Trap = { hits: string[]; check: () => void };

export async function setTrap(page: Page, origin: string): Promise<Trap> {
  const hits: string[] = [];
  await page.exposeFunction("__hit", (n: unknown) => hits.push(`script ran: payload ${String(n)} on ${page.url()}`));
  page.on("dialog", async (dialog) => {
    hits.push(`dialog ${dialog.type()} "${dialog.message()}" on ${page.url()}`);
    await dialog.dismiss();
  });
  await page.route(
    (url) => url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:",
    async (route) => {
      hits.push(`request to another host: ${route.request().url()}`);
      await route.abort();
    },
  );
  return { hits, check: () => expect(hits).toEqual([]) };
}
