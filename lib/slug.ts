// URL slugs from German titles (ä→ae, ö→oe, ü→ue, ß→ss), and the words no slug may be.
import slugify from "@sindresorhus/slugify";
import { MAX_SLUG_LENGTH } from "./route-params";

export function slugFromTitle(title: string): string {
  return slugify(title, { lowercase: true, decamelize: false }).slice(0, 80).replace(/-+$/, "");
}

/** Path words of the site's own routes: a post called "seite" or "feed" would be confusing or collide. */
export const RESERVED_SLUGS = new Set([
  "seite", "kategorie", "autor", "serie", "artikel", "suche", "dashboard", "anmelden", "abmelden", "vorschau",
  "api", "feed", "rss", "atom", "sitemap", "robots", "impressum", "datenschutz", "barrierefreiheit",
  "leichte-sprache", "barriere-melden", "neu", "admin", "login", "logout", "static", "public", "uploads", "medien",
]);

/** A draft saved before it had a title or an address still needs a unique one; it gives way to the title's later. */
export function placeholderSlug(): string {
  return `entwurf-${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

/** Whether a slug is such a stand-in, not an address anyone chose (the editor shows an empty field for it). */
export function isPlaceholderSlug(slug: string): boolean {
  return /^entwurf-[0-9a-z]{9,}$/.test(slug);
}

export function isValidSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}
