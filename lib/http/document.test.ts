import { describe, expect, it } from "vitest";
import { cachedDocument, documentResponse } from "./document";

const doc = cachedDocument("<rss/>", new Date("2026-01-02T08:00:00.500Z"));
const get = (headers: Record<string, string> = {}) => new Request("http://x.example/feed.xml", { headers });

describe("documentResponse", () => {
  it("sends validators with the body", async () => {
    const response = documentResponse(get(), doc, "application/rss+xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(response.headers.get("etag")).toBe(doc.etag);
    expect(response.headers.get("last-modified")).toBe("Fri, 02 Jan 2026 08:00:00 GMT");
    expect(await response.text()).toBe("<rss/>");
  });

  it("answers 304 to a matching ETag or a date at or after the last change", () => {
    expect(documentResponse(get({ "if-none-match": doc.etag }), doc, "x").status).toBe(304);
    expect(documentResponse(get({ "if-none-match": `"alt", W/${doc.etag}` }), doc, "x").status).toBe(304);
    expect(documentResponse(get({ "if-modified-since": "Fri, 02 Jan 2026 08:00:00 GMT" }), doc, "x").status).toBe(304);
  });

  it("sends the body when the client's copy is older or different", () => {
    expect(documentResponse(get({ "if-none-match": '"alt"' }), doc, "x").status).toBe(200);
    expect(documentResponse(get({ "if-modified-since": "Fri, 02 Jan 2026 07:59:59 GMT" }), doc, "x").status).toBe(200);
    // If-None-Match wins: a stale ETag with a fresh date still gets the body.
    expect(
      documentResponse(get({ "if-none-match": '"alt"', "if-modified-since": "Sat, 03 Jan 2026 00:00:00 GMT" }), doc, "x").status,
    ).toBe(200);
  });
});
