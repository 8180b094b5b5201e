// Runs before the page cache, on reader pages and the dashboard only (see `config`): malformed addresses get 400,
// renamed posts' old addresses 301, deleted ones 410, methods no page answers 405, dashboard visitors without a
// session cookie go to the sign-in page, and pages rendered per request get a Content-Security-Policy with a fresh
// nonce; dashboard addresses naming nothing the signed-in user may see get 404 (a page that depends on the session
// streams its 200 before it could say so). Every dashboard page, data function and action still checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { getDb } from "@/db/connection";
import { dashboardAccess, mayBeWithheld } from "@/db/queries/dashboard-access";
import { findFormerSlugRemembered } from "@/db/queries/gone-posts";
import { badRequestResponse, dashboardNotFoundResponse, goneResponse } from "@/lib/early-responses";
import { parseSlug } from "@/lib/route-params";
import { NONCE_PATHS, noncePolicy } from "@/lib/http/security-headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const ARTICLE = /^\/artikel\/([^/]+)$/;
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

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!PAGE_METHODS.has(request.method)) {
    return new NextResponse(null, { status: 405, headers: { allow: "GET, HEAD, POST" } });
  }
  // Next would fail on a broken percent-escape while decoding route parameters.
  const decoded = decodedPath(pathname);
  if (decoded === null) return badRequestResponse();

  const article = ARTICLE.exec(decoded);
  if (article) {
    // Only well-formed slugs are looked up (remembered for seconds); current addresses go on to the cached page.
    const slug = parseSlug(article[1] ?? "");
    const former = slug ? await findFormerSlugRemembered(getDb, slug) : null;
    if (former?.kind === "gone") return goneResponse();
    if (former?.kind === "moved") return NextResponse.redirect(new URL(`/artikel/${former.slug}`, request.url), 301);
    return NextResponse.next();
  }
  const nonce = NONCE_PATHS.test(pathname);
  if (SIGNED_IN_ONLY.test(pathname) && SESSION_COOKIES.some((name) => request.cookies.has(name)) && mayBeWithheld(decoded)) {
    // Something that does not exist, or that this user may not see, must answer 404 before the page streams its 200.
    const id = Number((await auth())?.user?.id);
    const access = await dashboardAccess(Number.isInteger(id) && id > 0 ? { id } : null, decoded);
    if (access === "missing") return dashboardNotFoundResponse();
  }
  if (!SIGNED_IN_ONLY.test(pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
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
