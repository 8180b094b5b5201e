// Runs before the page cache, on reader pages and the dashboard only (see `config`): malformed addresses get 400,
// old addresses (renamed posts, a WordPress site's, redirects made by hand: db/queries/redirects.ts) 301, deleted
// ones 410, addresses that are none of Blattwerk's and lead nowhere are counted for the 404 log, methods no page
// answers 405, dashboard visitors without a session cookie go to the sign-in page and signed-in visitors of the
// sign-in page on to where they were going, and pages rendered per request get a Content-Security-Policy with a fresh
// nonce; dashboard addresses naming nothing the signed-in user may see get 404 (a page that depends on the session
// streams its 200 before it could say so). Every dashboard page, data function and action still checks the session
// itself.
import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { getDb } from "@/db/connection";
import { dashboardAccess, mayBeWithheld } from "@/db/queries/dashboard-access";
import { countNotFound, countRedirectHit, referrerHostOf } from "@/db/mutations/redirect-stats";
import { findArticleRedirectRemembered, findRedirectRemembered, type RedirectAnswer } from "@/db/queries/redirects";
import { findShareLink } from "@/db/queries/share-links";
import { getActiveUser } from "@/db/queries/users";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { badRequestResponse, dashboardNotFoundResponse, goneResponse, sharedPreviewNotFoundResponse } from "@/lib/early-responses";
import { mayBeOldAddress, normaliseRedirectPath } from "@/lib/redirect-paths";
import { parseSlug } from "@/lib/route-params";
import { safeInternalPath } from "@/lib/safe-redirect";
import { NONCE_PATHS, noncePolicy } from "@/lib/http/security-headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const ARTICLE = /^\/artikel\/([^/]+)$/;
const SHARED_PREVIEW = /^\/geteilt\/([^/]+)$/;
const SIGNED_IN_ONLY = /^\/(dashboard|vorschau)(\/|$)/;

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

// Pages answer GET and HEAD, and POST for server actions and forms; Next would answer TRACE with a 500.
const PAGE_METHODS = new Set(["GET", "HEAD", "POST"]);

/** Scripts of the page rendered for this request carry the nonce; Next reads it from the request's policy. */
function withNonce(request: NextRequest, redirect: (() => NextResponse) | null): NextResponse {
  const policy = noncePolicy(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = redirect ? redirect() : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

async function sessionUserId(): Promise<number | null> {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The session's user if the account is still active: the same test the pages make, so the two cannot disagree. */
async function activeUserId(): Promise<number | null> {
  const id = await sessionUserId();
  return id === null ? null : ((await getActiveUser({ id }))?.id ?? null);
}

/**
 * While the database is away the proxy's lookups cannot answer, and must not turn every request into a 500: the
 * request goes on as if nothing were known, to a cached page, or to the page or action that answers the outage itself
 * (the editor's save: a German 503, the text kept).
 */
async function unlessDatabaseAway<T>(lookup: Promise<T>, meanwhile: T): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return meanwhile;
    throw error;
  }
}

/** 301 or 410 for a known old address; the hit is counted without waiting for the database. */
function answerOldAddress(request: NextRequest, answer: Exclude<RedirectAnswer, null>): Response {
  countRedirectHit(getDb, answer.id);
  if (answer.kind === "gone") return goneResponse();
  return NextResponse.redirect(new URL(answer.target, request.url), 301);
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!PAGE_METHODS.has(request.method)) {
    return new NextResponse(null, { status: 405, headers: { allow: "GET, HEAD, POST" } });
  }
  // Next would fail on a broken percent-escape while decoding route parameters.
  const decoded = decodedPath(pathname);
  if (decoded === null) return badRequestResponse();

  const oldShape = mayBeOldAddress(pathname, request.nextUrl.searchParams);
  if (pathname.length > 1 && pathname.endsWith("/") && !oldShape) {
    // Next's own trailing-slash redirect is off (next.config.ts), so that an old WordPress address, which ends in a
    // slash, is answered in one hop; Blattwerk's own addresses get that redirect here.
    const url = request.nextUrl.clone();
    url.pathname = pathname.replace(/\/+$/, "") || "/";
    return NextResponse.redirect(url, 308);
  }
  const article = ARTICLE.exec(decoded);
  if (article) {
    // Only well-formed slugs are looked up (remembered for seconds); current addresses go on to the cached page.
    const slug = parseSlug(article[1] ?? "");
    const former = slug ? await unlessDatabaseAway(findArticleRedirectRemembered(getDb, `/artikel/${slug}`), null) : null;
    return former ? answerOldAddress(request, former) : NextResponse.next();
  }
  if (oldShape) {
    // Not one of Blattwerk's addresses (or the front page with WordPress's ?p=): an old one, or a 404 to count.
    const path = normaliseRedirectPath(pathname + request.nextUrl.search);
    const answer = path ? await unlessDatabaseAway(findRedirectRemembered(getDb, path), null) : null;
    if (answer) return answerOldAddress(request, answer);
    // The front page answers `/?p=<unknown>` itself (200): only addresses that will be a 404 are counted.
    if (path && !path.startsWith("/?") && path !== "/") countNotFound(getDb, path, referrerHostOf(request.headers.get("referer")));
  }
  const shared = SHARED_PREVIEW.exec(decoded);
  if (shared) {
    // A shareable preview link: expired, revoked or forged answers 404 before the page streams its 200.
    if (!(await findShareLink(shared[1] ?? ""))) return sharedPreviewNotFoundResponse();
    const response = NextResponse.next();
    response.headers.set("x-robots-tag", "noindex, nofollow");
    response.headers.set("referrer-policy", "no-referrer");
    response.headers.set("cache-control", "private, no-store");
    return response;
  }
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (pathname === "/anmelden" && request.method === "GET" && hasSession && (await unlessDatabaseAway(activeUserId(), null)) !== null) {
    // Signed in already: an HTTP redirect now, where the page could only redirect in the browser after its shell.
    return NextResponse.redirect(new URL(safeInternalPath(request.nextUrl.searchParams.get("callbackUrl")), request.url), 307);
  }
  const nonce = NONCE_PATHS.test(pathname);
  if (SIGNED_IN_ONLY.test(pathname) && hasSession && mayBeWithheld(decoded)) {
    // Something that does not exist, or that this user may not see, must answer 404 before the page streams its 200.
    const id = await sessionUserId();
    const access = await unlessDatabaseAway(dashboardAccess(id === null ? null : { id }, decoded), "ok" as const);
    if (access === "missing") return dashboardNotFoundResponse();
  }
  if (!SIGNED_IN_ONLY.test(pathname) || hasSession) {
    return nonce ? withNonce(request, null) : NextResponse.next();
  }
  const url = request.nextUrl.clone();
  url.pathname = "/anmelden";
  url.search = "";
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return withNonce(request, () => NextResponse.redirect(url));
}

// Static assets and the auth endpoints never need any of this.
export const config = { matcher: ["/((?!_next/|api/|favicon|apple-touch-icon|fonts/).*)"] };
