// The article itself: header with categories and meta, cover, body, series box and author box.
import Link from "next/link";
import { Prose } from "@/components/ui/prose";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import type { PostView } from "@/db/queries/articles";
import { CoverFigure } from "./cover-figure";
import { Downloads } from "./downloads";
import { CategoryLinks, DateAndAuthor, TagLinks } from "./post-meta";
import { SeriesBox } from "./series-box";

export function ArticleBody({ post }: { post: PostView }) {
  const updatedLater = post.updatedAt.getTime() - post.publishedAt.getTime() > 24 * 3600 * 1000;
  return (
    <article>
      <header className="mx-auto max-w-3xl">
        <CategoryLinks categories={post.categories} />
        <h1 className="mt-2 font-heading text-3xl font-bold leading-tight sm:text-5xl">{post.title}</h1>
        <p className="mt-3 text-sm text-muted">
          <DateAndAuthor publishedAt={post.publishedAt} author={post.author} /> · {t.readingTime(post.readingMinutes)}
          {post.commentCount > 0 && (
            <>
              {" · "}
              <a href="#kommentare" className="underline hover:text-brand">
                {t.comments.countShort(post.commentCount)}
              </a>
            </>
          )}
          {updatedLater && (
            <>
              {" "}
              · {t.updatedOn} <time dateTime={post.updatedAt.toISOString()}>{formatDate(post.updatedAt)}</time>
            </>
          )}
        </p>
        <p className="mt-5 font-serif text-xl leading-relaxed">{post.excerpt}</p>
      </header>
      {post.cover && (
        <div className="mx-auto mt-8 max-w-4xl">
          <CoverFigure cover={post.cover} priority />
        </div>
      )}
      <div className="mx-auto mt-8 max-w-3xl">
        {post.series && <SeriesBox series={post.series} />}
        <Prose html={post.html} deferOffscreen />
        <Downloads downloads={post.downloads} />
        <TagLinks tags={post.tags} />
        <aside aria-labelledby="autor-titel" className="mt-12 rounded-md bg-sand/60 p-5">
          <h2 id="autor-titel" className="text-sm font-semibold uppercase tracking-wide text-brand">
            {t.aboutAuthor}
          </h2>
          <p className="mt-2 font-semibold">{post.author.displayName}</p>
          {post.authorBio && <p className="mt-1 text-sm">{post.authorBio}</p>}
          <p className="mt-2 text-sm">
            <Link prefetch={false} href={`/autor/${post.author.slug}`} className="text-brand underline">
              {t.allPostsBy(post.author.displayName)}
            </Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
