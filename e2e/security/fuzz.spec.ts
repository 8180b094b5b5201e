// Odd paths, parameters, methods, headers and form bodies: whatever a client sends, the answer is never a 5xx.
import { expect, test, type APIRequestContext } from "../support/test";

const odd = [
  "", "0", "-1", "1e10", "2147483648", "99999999999999999999", "1.5", "NaN", "Infinity", "0x10", "%00", "%", "%E0%A4%A",
  "%ff", "%C0%AE%C0%AE", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "x%2F..%2F..", "%3Cscript%3E", "'", "%22", "%60",
  "%24%7B7*7%7D", "%7B%7B7*7%7D%7D", "%0d%0aSet-Cookie:%20x=1", "%F0%9F%99%82", "%C3%A4", "null", "undefined", "%5B%5D",
  "__proto__", "constructor", "a".repeat(300), "-", "--", "a--b", "A", "%20", "+", ";", "a;b=c", "~", "%5C", "\\x",
];
const prefixes = [
  "/artikel/", "/kategorie/", "/kategorie/social-media/seite/", "/autor/", "/autor/jana-wiesner/seite/", "/serie/", "/seite/",
  "/schlagwort/", "/schlagwort/video/seite/", "/info/", "/vorschau/", "/dashboard/beitraege/", "/dashboard/seiten/",
  "/dashboard/beitraege/1/versionen/", "/medien/",
  "/medien/" + "a".repeat(64) + "/", "/sitemaps/", "/suche?q=", "/barriere-melden?seite=", "/anmelden?callbackUrl=",
  "/dashboard/rueckmeldungen?status=", "/dashboard/beitraege?seite=", "/dashboard/beitraege?q=", "/api/medien/", "/feed.xml?",
];

type Probe = { method: string; path: string; headers?: Record<string, string>; form?: Record<string, string>; data?: string };

function probes(): Probe[] {
  const list: Probe[] = [];
  for (const prefix of prefixes) for (const value of odd) list.push({ method: "GET", path: prefix + value });
  for (const path of ["/", "/artikel/x", "/feed.xml", "/sitemap.xml", "/robots.txt", "/dashboard", "/anmelden", "/api/auth/session", "/barriere-melden/senden", "/og.png"]) {
    for (const method of ["TRACE", "OPTIONS", "PUT", "DELETE", "PATCH", "HEAD", "POST"]) list.push({ method, path });
  }
  const bodies: Record<string, string>[] = [
    {}, { message: "" }, { message: "x".repeat(6000) }, { message: "ok", email: "kein-at" }, { message: "ok", email: "a@b".repeat(200) },
    { message: "ok", name: "n".repeat(500) }, { message: "ok", pageUrl: "javascript:alert(1)".repeat(40) }, { message: "\u0000" },
    { message: "ok", website: "spam" }, { message: "<script>alert(1)</script>", website: "spam" }, { "message[]": "x" },
    { message: "x", __proto__: "y" } as Record<string, string>, { constructor: "x" },
  ];
  for (const form of bodies) for (let i = 0; i < 4; i++) list.push({ method: "POST", path: "/barriere-melden/senden", form });
  for (const data of ["", "{", "message=%", "a=%E0%A4%A", "--x\r\n", "\u0000\u0001", "x".repeat(100_000)]) {
    for (const type of ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data", "application/json", "text/plain"]) {
      list.push({ method: "POST", path: "/barriere-melden/senden", data, headers: { "content-type": type } });
      list.push({ method: "POST", path: "/api/medien", data, headers: { "content-type": type } });
      list.push({ method: "POST", path: "/api/auth/callback/credentials", data, headers: { "content-type": type } });
    }
  }
  for (const email of ["", "x", "a@b.c", "<svg onload=alert(1)>", "\u0000@x.de", "a".repeat(5000), "admin@amtsblatt-digital.example"]) {
    for (const password of ["", "x", "a".repeat(5000), "\u0000", "' or 1=1 --"]) {
      list.push({ method: "POST", path: "/api/auth/callback/credentials", form: { email, password, csrfToken: "falsch", callbackUrl: "//evil.example" } });
    }
  }
  for (const action of ["", "x", "0".repeat(42), "7f".repeat(21), "../", "%00"]) {
    for (const path of ["/", "/dashboard/beitraege", "/barriere-melden", "/anmelden"]) {
      list.push({ method: "POST", path, data: '["$K1"]', headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8" } });
    }
  }
  const oddHeaders: Record<string, string>[] = [
    { range: "bytes=999999999-" }, { range: "bytes=-0" }, { range: "bytes=a-b" }, { range: "bytes=0-1,2-3" }, { "if-none-match": "\u00ff" },
    { "if-modified-since": "gestern" }, { accept: "*/*;q=foo" }, { "accept-encoding": "x".repeat(3000) },     { "x-forwarded-host": "evil.example" }, { "x-forwarded-proto": "gopher" }, { rsc: "1" }, { "next-router-state-tree": "%%%" },
    { "next-router-prefetch": "1", rsc: "1" }, { cookie: "authjs.session-token=falsch" }, { cookie: "__Secure-authjs.session-token=" + "a".repeat(4000) },
  ];
  for (const headers of oddHeaders) {
    for (const path of ["/", "/feed.xml", "/artikel/x", "/dashboard/beitraege", "/sitemap.xml"]) list.push({ method: "GET", path, headers });
  }
  return list;
}

async function send(request: APIRequestContext, probe: Probe): Promise<number> {
  try {
    const response = await request.fetch(probe.path, {
      method: probe.method,
      headers: { "x-forwarded-for": "198.51.100.160", ...probe.headers },
      ...(probe.form ? { form: probe.form } : {}),
      ...(probe.data !== undefined ? { data: probe.data } : {}),
      maxRedirects: 0,
      timeout: 30_000,
    });
    return response.status();
  } catch (error) {
    // A connection the server refuses outright (e.g. a malformed header) is not a 5xx.
    if (/ECONNRESET|socket hang up|Parse Error|Invalid character/i.test(String(error))) return 0;
    throw error;
  }
}

test("at least 1,000 odd requests, not one answered with a 5xx", async ({ request }) => {
  test.setTimeout(170_000);
  const all = probes();
  expect(all.length).toBeGreaterThanOrEqual(1000);
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < all.length) {
        const probe = all[next++]!;
        const status = await send(request, probe);
        if (status >= 500) failures.push(`${status} ${probe.method} ${probe.path.slice(0, 120)} ${JSON.stringify(probe.headers ?? probe.form ?? "").slice(0, 120)}`);
      }
    }),
  );
  expect(failures).toEqual([]);
});
