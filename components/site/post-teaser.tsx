// One post in a list, shaped like the publication's classic front page: categories, title, meta, photo, excerpt, „Weiterlesen“.
import Link from "next/link";
import { t, tTaxonomy } from "@/lib/i18n";
import type { PostTeaser as Teaser } from "@/db/queries/posts";
import { CoverFigure } from "./cover-figure";
import { CategoryLinks, DateAndAuthor } from "./post-meta";

export function PostTeaser({ post, headingLevel = 2, priority = false }: { post: Teaser; headingLevel?: 2 | 3; priority?: boolean }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="border-b border-brand/10 pb-10">
      {post.pinned && (
        <p className="mb-2">
          <span className="inline-block rounded bg-brand px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-white">{tTaxonomy.reader.pinned}</span>
        </p>
      )}
      <CategoryLinks categories={post.categories} />
      <Heading className="mt-2 font-heading text-2xl font-bold leading-tight sm:text-3xl">
        <Link prefetch={false} href={`/artikel/${post.slug}`} className="hover:text-brand hover:underline">
          {post.title}
        </Link>
      </Heading>
      <p className="mt-2 text-sm text-muted">
        <DateAndAuthor publishedAt={post.publishedAt} author={post.author} />
        {post.commentCount > 0 && (
          <>
            {" · "}
            <Link href={`/artikel/${post.slug}#kommentare`} className="underline hover:text-brand">
              {t.comments.countShort(post.commentCount)}
            </Link>
          </>
        )}
      </p>
      {post.cover && (
        <div className="mt-4">
          <CoverFigure cover={post.cover} priority={priority} />
        </div>
      )}
      <p className="mt-4 font-serif text-lg leading-relaxed">{post.excerpt}</p>
      <p className="mt-3">
        <Link prefetch={false} href={`/artikel/${post.slug}`} className="font-semibold text-brand underline underline-offset-4">
          {t.readMore(post.title)}
        </Link>
      </p>
    </article>
  );
}

export function PostTeaserList({ posts }: { posts: Teaser[] }) {
  if (posts.length === 0) return <p className="text-muted">{t.noPosts}</p>;
  return (
    <div className="flex flex-col gap-10">
      {posts.map((post, index) => (
        <PostTeaser key={post.id} post={post} priority={index === 0} />
      ))}
    </div>
  );
}
