// Runs before the page cache, on reader pages and the dashboard only (see `config`): malformed addresses get 400,
// renamed posts' old addresses 301, deleted ones 410, dashboard visitors without a session cookie go to the sign-in
// page, and dashboard addresses naming nothing the signed-in user may see get 404 (a page that depends on the
// session streams its 200 before it could say so). Every dashboard page, data function and action still checks the
// session itself.
import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/auth";
import { getDb } from "@/db/connection";
import { dashboardAccess, mayBeWithheld } from "@/db/queries/dashboard-access";
import { findFormerSlugRemembered } from "@/db/queries/gone-posts";
import { badRequestResponse, dashboardNotFoundResponse, goneResponse } from "@/lib/early-responses";
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
  if (!SIGNED_IN_ONLY.test(pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    if (!mayBeWithheld(decoded)) return NextResponse.next();
    // Something that does not exist, or that this user may not see, must answer 404 before the page streams its 200.
    const id = Number((await auth())?.user?.id);
    const access = await dashboardAccess(Number.isInteger(id) && id > 0 ? { id } : null, decoded);
    return access === "missing" ? dashboardNotFoundResponse() : NextResponse.next();
  }
  const url = request.nextUrl.clone();
  url.pathname = "/anmelden";
  url.search = "";
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

// Static assets and the auth endpoints never need any of this.
export const config = { matcher: ["/((?!_next/|api/|favicon|apple-touch-icon|fonts/).*)"] };
