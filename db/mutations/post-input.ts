// The shape of a post as the editor sends it, validated before any write.
import "server-only";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { zonedParts } from "@/lib/format";
import { tEditorial } from "@/lib/i18n";
import { isValidSlug, RESERVED_SLUGS } from "@/lib/slug";
import { tagNamesSchema } from "./tag-input";

const m = tEditorial.errors;

export const MAX_BODY_LENGTH = 200_000;

export const postInputSchema = z
  .object({
    // A draft is saved with whatever it has; what publishing needs is checked by missingForPublishing.
    title: z.string().trim().max(200, m.titleTooLong),
    slug: z
      .string()
      .trim()
      .refine((slug) => slug === "" || isValidSlug(slug), m.slugInvalid)
      .refine((slug) => !RESERVED_SLUGS.has(slug), m.slugReserved),
    excerpt: z.string().trim().max(600, m.excerptTooLong),
    body: z.string().max(MAX_BODY_LENGTH, m.bodyTooLong),
    categoryIds: z
      .array(z.coerce.number().int().positive())
      .max(3, m.categoriesRange)
      .refine((ids) => new Set(ids).size === ids.length, m.categoriesRange),
    /** Tag names as typed; unknown ones are created on save. Earlier clients that do not send it keep none. */
    tags: tagNamesSchema.default([]),
    seriesId: z.coerce.number().int().positive().nullable(),
    seriesPosition: z.coerce.number().int().min(1, m.seriesPosition).max(999, m.seriesPosition).nullable(),
    /** A cover from the media library; earlier clients that do not send it leave none. */
    coverMediaId: z.coerce.number().int().positive().nullable().default(null),
    /** Documents shown as downloads under the post, in this order. */
    attachmentIds: z
      .array(z.coerce.number().int().positive())
      .max(20)
      .refine((ids) => new Set(ids).size === ids.length)
      .default([]),
    // Search and social settings; earlier clients that do not send them leave the post's defaults.
    seoTitle: z.string().trim().max(120, m.seoTitleTooLong).default(""),
    seoDescription: z.string().trim().max(320, m.seoDescriptionTooLong).default(""),
    socialMediaId: z.coerce.number().int().positive().nullable().default(null),
    noindex: z.boolean().default(false),
  })
  .refine((input) => input.seriesId === null || input.seriesPosition !== null, {
    path: ["seriesPosition"],
    message: m.seriesPosition,
  });

export type PostInput = z.infer<typeof postInputSchema>;

export const emptyPostInput: PostInput = {
  title: "",
  slug: "",
  excerpt: "",
  body: "",
  categoryIds: [],
  tags: [],
  seriesId: null,
  seriesPosition: null,
  coverMediaId: null,
  attachmentIds: [],
  seoTitle: "",
  seoDescription: "",
  socialMediaId: null,
  noindex: false,
};

/** "2026-11-27T14:30" from a datetime-local field, read in the site's time zone → Date; null when it is not a date. */
export function parseLocalDateTime(value: unknown, timeZone = getConfig().siteTimeZone): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const asUtc = new Date(`${value}Z`);
  if (Number.isNaN(asUtc.getTime())) return null;
  // The zone's offset at that moment: the same instant's wall-clock time in the zone, read as if it were UTC.
  const p = zonedParts(asUtc, timeZone);
  const zoned = new Date(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`);
  const offset = zoned.getTime() - asUtc.getTime();
  return new Date(asUtc.getTime() - offset);
}

/** What a post needs before it may be submitted for review, scheduled or published: a title and a category. */
export function missingForPublishing(post: { title: string; categoryIds: readonly number[] }): FieldErrors | null {
  const missing: FieldErrors = {};
  if (post.title.trim() === "") missing.title = m.titleRequired;
  if (post.categoryIds.length === 0) missing.categoryIds = m.categoriesRange;
  return Object.keys(missing).length > 0 ? missing : null;
}

export type FieldErrors = Partial<Record<keyof PostInput | "publishAt" | "form", string>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form") as keyof FieldErrors;
    errors[field] ??= issue.message;
  }
  return errors;
}
