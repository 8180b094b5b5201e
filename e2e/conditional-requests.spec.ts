import { expect, test } from "@playwright/test";
import { readerPageTypes } from "../scripts/demo-content/reader-pages";

// A reader's browser or a cache in front revalidates a page with the ETag it holds: an unchanged page costs a 304
// without a body. Cached reader pages get Next's own ETag (a hash of the page); the search page is rendered per
// request and not-found answers are not revalidated, so both are left out.
const cachedPages = readerPageTypes.filter((page) => page.status === 200 && !page.path.startsWith("/suche"));

test("cached reader pages answer If-None-Match with 304, and a stale ETag with the page", async ({ request }) => {
  const seen: string[] = [];
  for (const { name, path } of cachedPages) {
    // The first request may render the page; the second is served from the page cache.
    await request.get(path);
    const page = await request.get(path);
    expect(page.status(), path).toBe(200);
    const etag = page.headers()["etag"];
    expect(etag, `${name} (${path}) sends an ETag`).toMatch(/^(W\/)?"[^"]+"$/);

    const unchanged = await request.get(path, { headers: { "if-none-match": etag! } });
    expect(unchanged.status(), path).toBe(304);
    expect((await unchanged.body()).length, path).toBe(0);
    expect(unchanged.headers()["etag"], path).toBe(etag);

    const stale = await request.get(path, { headers: { "if-none-match": '"a-page-that-changed-since"' } });
    expect(stale.status(), path).toBe(200);
    seen.push(`${name}: ${etag} → 304`);
  }
  console.log(seen.join("\n"));
});
