import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/site/breadcrumbs";
import { JsonLd } from "@/components/site/json-ld";
import { Pagination, pageHref } from "@/components/site/pagination";
import { PostTeaserList } from "@/components/site/post-teaser";
import { SitePage } from "@/components/site/site-page";
import { listCategoryPosts } from "@/db/queries/posts";
import { t, tTaxonomy } from "@/lib/i18n";
import { BUILD_SAMPLE, parsePageNumber, parseSlug } from "@/lib/route-params";
import { pageMetadata, siteFeed } from "@/lib/seo/metadata";
import { breadcrumbs, graph } from "@/lib/seo/structured-data";
import { siteConfig } from "@/lib/site-config";
import { siteUrl } from "@/lib/site-url";

type Props = PageProps<"/kategorie/[slug]/seite/[page]">;

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE.slug, page: BUILD_SAMPLE.page }];
}

async function load(params: Props["params"]) {
  const raw = await params;
  const slug = parseSlug(raw.slug);
  const page = parsePageNumber(raw.page);
  return slug === null || page === null ? null : listCategoryPosts({ slug, page });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { category, posts } = found;
  return pageMetadata({
    title: `${category.name}${t.pageTitleSuffix(posts.page)}`,
    description: t.pageDescription(category.description || t.categoryDescription(category.name, siteConfig.name), posts.page),
    path: pageHref(`/kategorie/${category.slug}`, posts.page),
    feeds: [{ scope: { kind: "category", slug: category.slug }, title: `${category.name} – ${siteConfig.name}` }, siteFeed],
  });
}

export default async function CategoryPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { category, parent, children, posts } = found;
  // A subcategory sits under its parent: Startseite › parent › subcategory, visibly and in the structured data.
  const trail = [
    ...(parent ? [{ name: parent.name, path: `/kategorie/${parent.slug}` }] : []),
    { name: category.name, path: `/kategorie/${category.slug}` },
  ];
  return (
    <SitePage>
      <JsonLd data={graph(breadcrumbs(siteUrl(), trail))} />
      <Breadcrumbs trail={trail} current />
      <header className="mb-10">
        <p className="text-xs font-semibold uppercase tracking-wide text-brand">{t.categoryLabel}</p>
        <h1 className="mt-1 font-heading text-3xl font-bold sm:text-4xl">{category.name}</h1>
        {category.description && <p className="mt-2 max-w-2xl text-muted">{category.description}</p>}
        {children.length > 0 && (
          <p className="mt-3 text-sm">
            {tTaxonomy.reader.subcategories}:{" "}
            {children.map((child, index) => (
              <span key={child.slug}>
                {index > 0 && ", "}
                <Link prefetch={false} href={`/kategorie/${child.slug}`} className="font-semibold text-brand underline">
                  {child.name}
                </Link>
              </span>
            ))}
          </p>
        )}
      </header>
      <PostTeaserList posts={posts.items} />
      <Pagination base={`/kategorie/${category.slug}`} page={posts.page} pageCount={posts.pageCount} />
    </SitePage>
  );
}
