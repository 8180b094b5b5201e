// After sign-in, go back only to a path on this site: anything else (other hosts, "//evil", "/\\evil") falls back.
import { siteUrl } from "./site-url";

const BASE = "http://blattwerk.invalid";
// Auth.js builds callback URLs with its own idea of the host (often localhost): keep only their path and query.
const OWN_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?(?=\/)/;

export function safeInternalPath(raw: unknown, fallback = "/dashboard"): string {
  if (typeof raw !== "string" || raw.length > 2000) return fallback;
  const candidate = raw.startsWith(siteUrl() + "/") ? raw.slice(siteUrl().length) : raw.replace(OWN_ORIGIN, "");
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  try {
    const url = new URL(candidate, BASE);
    const path = url.pathname + url.search;
    // The check above saw the raw string; dot segments, tabs and backslashes are only resolved by the parser, and
    // "/.//evil.example" comes out as "//evil.example", which a browser reads as another host.
    return url.origin === BASE && !path.startsWith("//") ? path : fallback;
  } catch {
    return fallback;
  }
}
