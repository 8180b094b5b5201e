// The footer's fixed links, and the rules for the links editors add beside them.
import { t } from "@/lib/i18n";

export type FooterLinkView = { label: string; href: string; external: boolean };

/** Required on every page (§ 5 DDG, § 12b BGG, § 4 and § 7 BITV 2.0): always in the footer, never editable away. */
export const LEGAL_FOOTER_LINKS: readonly FooterLinkView[] = [
  { href: "/impressum", label: t.impressum, external: false },
  { href: "/datenschutz", label: t.privacy, external: false },
  { href: "/barrierefreiheit", label: t.accessibility, external: false },
  { href: "/leichte-sprache", label: t.easyLanguage, external: false },
  { href: "/barriere-melden", label: t.reportBarrier, external: false },
];

/** Paths the footer links by itself: the start page, the legal links and the feed. */
export const FIXED_FOOTER_PATHS: ReadonlySet<string> = new Set(["/", ...LEGAL_FOOTER_LINKS.map((link) => link.href), "/feed.xml"]);

export const MAX_FOOTER_LINKS = 20;
export const MAX_FOOTER_LABEL_LENGTH = 80;
const MAX_TARGET_LENGTH = 500;

// Control characters and whitespace never belong in an address an editor types.
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f\\]/;

export type TargetCheck = { ok: true; value: string } | { ok: false; problem: "empty" | "format" | "fixed" | "tooLong" };

/** A path on this site: starts with one slash (so never a scheme such as javascript: or another host). */
export function checkInternalPath(raw: string): TargetCheck {
  const value = raw.trim();
  if (!value) return { ok: false, problem: "empty" };
  if (value.length > MAX_TARGET_LENGTH) return { ok: false, problem: "tooLong" };
  if (!value.startsWith("/") || value.startsWith("//") || UNSAFE_CHARACTERS.test(value)) return { ok: false, problem: "format" };
  const base = "https://blattwerk.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { ok: false, problem: "format" };
  }
  if (url.origin !== base) return { ok: false, problem: "format" };
  if (FIXED_FOOTER_PATHS.has(url.pathname.replace(/(.)\/$/, "$1")) && !url.search && !url.hash) return { ok: false, problem: "fixed" };
  return { ok: true, value };
}

/** An address on another site: https only, no credentials in it. */
export function checkExternalUrl(raw: string): TargetCheck {
  const value = raw.trim();
  if (!value) return { ok: false, problem: "empty" };
  if (value.length > MAX_TARGET_LENGTH) return { ok: false, problem: "tooLong" };
  if (UNSAFE_CHARACTERS.test(value)) return { ok: false, problem: "format" };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, problem: "format" };
  }
  if (url.protocol !== "https:" || !url.hostname || url.username || url.password) return { ok: false, problem: "format" };
  return { ok: true, value: url.href };
}
