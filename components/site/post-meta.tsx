// Date and author under a title, and the category links above it.
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import type { AuthorRef, CategoryRef } from "@/db/queries/posts";

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
