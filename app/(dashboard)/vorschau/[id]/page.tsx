import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/site/article-body";
import { getEditablePost, getEditorChoices } from "@/db/queries/dashboard-posts";
import { requireUser } from "@/lib/current-user";
import { readingMinutes } from "@/lib/format";
import { deEditorial } from "@/lib/i18n/de";
import { libraryPartsOf } from "@/db/queries/media";
import { parseId } from "@/lib/route-params";

export const metadata: Metadata = { title: deEditorial.editor.openPreview, robots: { index: false, follow: false } };

// Unpublished posts as readers will see them, for signed-in editors only: the page checks the session itself.
export default async function PreviewPage({ params }: PageProps<"/vorschau/[id]">) {
  const { id: rawId } = await params;
  const user = await requireUser(`/vorschau/${encodeURIComponent(rawId)}`);
  const id = parseId(rawId);
  const post = id === null ? null : await getEditablePost(user, id);
  if (!post) notFound();
  const [{ html, picture, downloads }, choices] = await Promise.all([libraryPartsOf(post.input), getEditorChoices()]);
  const byId = new Map(choices.categories.map((category) => [category.id, category.name]));
  return (
    <>
      <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-950">
        {deEditorial.preview.banner}
      </p>
      <main id="inhalt" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        <ArticleBody
          post={{
            id: post.id,
            slug: post.input.slug,
            title: post.input.title,
            excerpt: post.input.excerpt,
            publishedAt: post.publishedAt ?? post.updatedAt,
            updatedAt: post.updatedAt,
            author: { displayName: post.authorName, slug: "" },
            authorBio: "",
            categories: post.input.categoryIds.map((categoryId) => ({ name: byId.get(categoryId) ?? "", slug: "" })),
            cover: picture ?? null,
            commentCount: 0,
            html,
            readingMinutes: readingMinutes(post.input.body),
            series: null,
            downloads,
            newer: null,
            older: null,
            related: [],
          }}
        />
      </main>
    </>
  );
}
