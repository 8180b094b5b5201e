// Runs before the page cache, on reader pages and the dashboard only (see `config`): malformed addresses get 400,
// renamed posts' old addresses 301, deleted ones 410, and dashboard visitors without a session cookie go to the
// sign-in page. Every dashboard page, data function and action still checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/connection";
import { findFormerSlugRemembered } from "@/db/queries/gone-posts";
import { badRequestResponse, goneResponse } from "@/lib/early-responses";
import { parseSlug } from "@/lib/route-params";

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

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
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
  if (!SIGNED_IN_ONLY.test(pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/anmelden";
  url.search = "";
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

// Static assets and the auth endpoints never need any of this.
export const config = { matcher: ["/((?!_next/|api/|favicon|apple-touch-icon|fonts/).*)"] };
