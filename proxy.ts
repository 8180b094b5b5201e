// Sends visitors without a session cookie from the dashboard to the sign-in page before anything renders.
// This is only a shortcut: every dashboard page, data function and server action checks the session itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/anmelden";
  url.search = "";
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/dashboard/:path*", "/vorschau/:path*"] };
