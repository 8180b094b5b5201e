// The tags field of a post as the editor sends it: names as typed, normalised and checked before any write.
import "server-only";
import { z } from "zod";
import { RESERVED_SLUGS, slugFromTitle } from "@/lib/slug";
import { tTaxonomy } from "@/lib/i18n";

const tt = tTaxonomy.tags;

export const MAX_TAG_NAME_LENGTH = 60;
export const MAX_TAGS_PER_POST = 20;

/** What a typed tag name becomes: single spaces, no commas (the editor's separator), trimmed. */
export function normaliseTagName(raw: string): string {
  return raw.replace(/[,\s]+/g, " ").trim();
}

/** The address of a tag named so; "" when the name has no letter or digit. */
export function tagSlugOf(name: string): string {
  const slug = slugFromTitle(name);
  return RESERVED_SLUGS.has(slug) ? `${slug}-thema` : slug;
}

/**
 * The tags field of a post: names as typed, normalised, each at most once (by address: „Öffnungszeiten“ and
 * „oeffnungszeiten“ are one tag), in the order given.
 */
export const tagNamesSchema = z
  .array(
    z
      .string()
      .transform(normaliseTagName)
      .pipe(z.string().min(1, tt.nameRequired).max(MAX_TAG_NAME_LENGTH, tt.nameRequired))
      .refine((name) => tagSlugOf(name) !== "", tt.nameNeedsLetters),
  )
  .transform((names) => {
    const seen = new Set<string>();
    return names.filter((name) => {
      const slug = tagSlugOf(name);
      if (seen.has(slug)) return false;
      seen.add(slug);
      return true;
    });
  })
  .pipe(z.array(z.string()).max(MAX_TAGS_PER_POST, tt.tooMany));
