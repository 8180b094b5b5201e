// Date and author under a title, the category links above it, and the tags under an article.
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { t, tTaxonomy } from "@/lib/i18n";
import type { AuthorRef, CategoryRef, TagRef } from "@/db/queries/posts";

export function CategoryLinks({ categories }: { categories: CategoryRef[] }) {
  if (categories.length === 0) return null;
  return (
    <p className="text-xs font-semibold uppercase tracking-wide text-brand">
      <span className="sr-only">{t.categoriesLabel}: </span>
      {categories.map((category, index) => (
        <span key={category.slug}>
          {index > 0 && ", "}
          <Link prefetch={false} href={`/kategorie/${category.slug}`} className="hover:underline">
            {category.name}
          </Link>
        </span>
      ))}
    </p>
  );
}

export function DateAndAuthor({ publishedAt, author }: { publishedAt: Date; author: AuthorRef }) {
  return (
    <>
      <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt)}</time> · {t.byAuthor}{" "}
      <Link prefetch={false} href={`/autor/${author.slug}`} className="underline hover:text-brand">
        {author.displayName}
      </Link>
    </>
  );
}

/** The article's tags as a list of links to their pages (plain text in the dashboard preview, where they have no page yet). */
export function TagLinks({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="schlagwoerter-titel" className="mt-10">
      <h2 id="schlagwoerter-titel" className="text-sm font-semibold uppercase tracking-wide text-brand">
        {tTaxonomy.reader.tagsLabel}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug || tag.name}>
            {tag.slug ? (
              <Link prefetch={false} href={`/schlagwort/${tag.slug}`} className="inline-block rounded-full border border-brand/30 px-3 py-1 text-sm text-brand hover:bg-brand/5">
                {tag.name}
              </Link>
            ) : (
              <span className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm">{tag.name}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
