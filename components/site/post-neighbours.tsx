// Links to the previous and next post by date, and the related posts under an article.
import Link from "next/link";
import { t } from "@/lib/i18n";
import type { PostLink } from "@/db/queries/articles";
import type { PostTeaser } from "@/db/queries/posts";
import { CategoryLinks } from "./post-meta";

export function PostNeighbours({ newer, older }: { newer: PostLink | null; older: PostLink | null }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label={t.postNavigation} className="mx-auto mt-12 grid max-w-3xl gap-4 border-t border-brand/15 pt-6 sm:grid-cols-2">
      {older ? (
        <Link prefetch={false} href={`/artikel/${older.slug}`} rel="prev" className="group">
          <span className="block text-xs font-semibold uppercase text-muted">← {t.previousPost}</span>
          <span className="font-semibold text-brand group-hover:underline">{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer && (
        <Link prefetch={false} href={`/artikel/${newer.slug}`} rel="next" className="group sm:text-right">
          <span className="block text-xs font-semibold uppercase text-muted">{t.nextPost} →</span>
          <span className="font-semibold text-brand group-hover:underline">{newer.title}</span>
        </Link>
      )}
    </nav>
  );
}

export function RelatedPosts({ posts }: { posts: PostTeaser[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="verwandt-titel" className="mx-auto mt-12 max-w-5xl">
      <h2 id="verwandt-titel" className="font-heading text-2xl font-bold">
        {t.relatedPosts}
      </h2>
      <ul className="mt-4 grid gap-6 sm:grid-cols-3">
        {posts.map((post) => (
          <li key={post.id} className="rounded-md bg-white p-4 shadow-sm">
            <CategoryLinks categories={post.categories} />
            <h3 className="mt-1 font-semibold leading-snug">
              <Link prefetch={false} href={`/artikel/${post.slug}`} className="hover:text-brand hover:underline">
                {post.title}
              </Link>
            </h3>
          </li>
        ))}
      </ul>
    </section>
  );
}
