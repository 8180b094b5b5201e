// The security headers every response carries, and the two Content-Security-Policies (docs/security.md explains the
// choice and its measured cost). Static headers are set in next.config.ts; the per-request policy in proxy.ts.

/**
 * Paths rendered per request for a signed-in user (and the sign-in page): they get a fresh nonce each time, so
 * their scripts need no 'unsafe-inline'. Kept in one place for next.config.ts (which leaves them out of the static
 * policy) and proxy.ts (which gives them the nonce policy).
 */
export const NONCE_PATHS = /^\/(dashboard|vorschau)(\/|$)|^\/anmelden$/;
/** The same paths as a next.config.ts `source` pattern that matches everything else. */
export const STATIC_POLICY_SOURCE = "/:path((?!dashboard$|dashboard/|vorschau$|vorschau/|anmelden$).*)";

const common = [
  "default-src 'self'",
  // Style attributes (cover focal points) and the inline <style> of the 400/410 answers; styles cannot run script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
];

/**
 * Reader pages are cached whole and served to everyone, so they cannot carry a per-request nonce, and Next writes
 * each page's data as inline <script> elements that differ per page (no fixed hash). Their scripts are therefore
 * allowed inline, but only from this origin: no eval, no other host. Readers have no session to steal, and every
 * text that reaches a page is sanitised (lib/markdown.ts); the attack suite in e2e/security/ checks both.
 */
export const STATIC_POLICY = [...common, "script-src 'self' 'unsafe-inline'"].join("; ");

/** The dashboard's policy: only scripts carrying this request's nonce, and what they load ('strict-dynamic'). */
export function noncePolicy(nonce: string): string {
  return [...common, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`].join("; ");
}

/** Headers for every response, whatever its type. */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here uses a camera, a location or payments: deny every powerful feature to this page and all frames.
  {
    key: "Permissions-Policy",
    value: [
      "accelerometer",
      "autoplay",
      "bluetooth",
      "camera",
      "display-capture",
      "encrypted-media",
      "fullscreen",
      "geolocation",
      "gyroscope",
      "hid",
      "idle-detection",
      "magnetometer",
      "microphone",
      "midi",
      "payment",
      "picture-in-picture",
      "publickey-credentials-get",
      "screen-wake-lock",
      "serial",
      "usb",
      "xr-spatial-tracking",
    ]
      .map((feature) => `${feature}=()`)
      .join(", "),
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // For browsers without frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * The static headers plus Strict-Transport-Security when the site is served over https. next.config.ts fixes these
 * at build time, so the SITE_URL of the build decides (docs/security.md); a site on plain http must not pin https.
 */
export function staticSecurityHeaders(siteUrl: string | undefined): { key: string; value: string }[] {
  const https = siteUrl?.trim().toLowerCase().startsWith("https://") ?? false;
  return https ? [...STATIC_SECURITY_HEADERS, { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : STATIC_SECURITY_HEADERS;
}
