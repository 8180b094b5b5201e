import { describe, expect, it } from "vitest";
import { acceptsGzip, isReaderDocumentRequest, withoutClientRuntime } from "./reader-html";

describe("isReaderDocumentRequest", () => {
  it("takes reader pages' HTML requests", () => {
    for (const url of ["/", "/seite/2", "/artikel/ein-beitrag", "/artikel/ein-beitrag?antwort=3", "/suche?q=x", "/impressum", "/gibt-es-nicht"]) {
      expect(isReaderDocumentRequest("GET", url, {}), url).toBe(true);
    }
    expect(isReaderDocumentRequest("HEAD", "/", {})).toBe(true);
  });

  it("leaves the dashboard, sign-in, files, endpoints, RSC requests and other methods alone", () => {
    for (const url of ["/dashboard", "/dashboard/beitraege", "/vorschau/3", "/anmelden", "/api/health", "/_next/static/chunks/a.js", "/medien/a/b.webp", "/feed.xml", "/robots.txt", "/kategorie/basics/feed.json", "/skripte/kommentar-antwort.js", "/?_rsc=abc"]) {
      expect(isReaderDocumentRequest("GET", url, {}), url).toBe(false);
    }
    expect(isReaderDocumentRequest("GET", "/", { rsc: "1" })).toBe(false);
    expect(isReaderDocumentRequest("GET", "/", { "next-router-prefetch": "1" })).toBe(false);
    expect(isReaderDocumentRequest("POST", "/artikel/x/kommentar-senden", {})).toBe(false);
  });
});

describe("withoutClientRuntime", () => {
  const page = [
    '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
    '<script src="/_next/static/chunks/main-app.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    '<script src="/skripte/kommentar-antwort.js" async=""></script>',
    "<title>Titel</title></head><body><main>Inhalt</main>",
    '<script type="application/ld+json">{"@type":"Article"}</script>',
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
    '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    '<script>self.__next_f.push([1,"0:{\\"a\\":1}"])</script>',
    "</body></html>",
  ].join("");

  it("drops Next's scripts and script preloads and keeps styles, structured data and our own script", () => {
    const html = withoutClientRuntime(page);
    expect(html).not.toContain("main-app.js");
    expect(html).not.toContain("polyfills.js");
    expect(html).not.toContain("webpack-1.js");
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).toContain('href="/_next/static/chunks/a.css"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Article"}</script>');
    expect(html).toContain('<script src="/skripte/kommentar-antwort.js" async=""></script>');
    expect(html).toContain("<main>Inhalt</main>");
  });

  it("leaves Next's error and not-found shells whole: only the client runtime fills them", () => {
    const shell = '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/main-app.js" async=""></script></head><body><script>self.__next_f.push([1,"x"])</script></body></html>';
    expect(withoutClientRuntime(shell)).toBe(shell);
  });
});

describe("acceptsGzip", () => {
  it("follows the request's Accept-Encoding", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
