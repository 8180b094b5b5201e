import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImpressumView, StatementView } from "@/components/site/legal-pages";
import { SitePage } from "@/components/site/site-page";
import { Prose } from "@/components/ui/prose";
import { getLegalSettings } from "@/db/queries/legal";
import { getPublishedPage } from "@/db/queries/pages";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { pagePath } from "@/lib/pages";
import { BUILD_SAMPLE, parseSlug } from "@/lib/route-params";
import { pageMetadata } from "@/lib/seo/metadata";

// One route for every page: /impressum, /barrierefreiheit, /datenschutz and /leichte-sprache are rewritten here
// (next.config.ts), other pages live at /info/<slug>. Like the article route, the build renders only a sample that
// fails the slug parser, so no page is read from the database at build time; each is rendered on first request and
// cached until content changes.
type Props = PageProps<"/info/[slug]">;

export function generateStaticParams() {
  return [{ slug: BUILD_SAMPLE.slug }];
}

type Loaded =
  | { kind: "impressum"; title: string; settings: Awaited<ReturnType<typeof getLegalSettings>> }
  | { kind: "barrierefreiheit"; title: string; settings: Awaited<ReturnType<typeof getLegalSettings>> }
  | { kind: "page"; title: string; slug: string; body: string };

async function load(params: Props["params"]): Promise<Loaded | null> {
  const slug = parseSlug((await params).slug);
  if (slug === null) return null;
  if (slug === "impressum") return { kind: "impressum", title: t.legal.impressumTitle, settings: await getLegalSettings() };
  if (slug === "barrierefreiheit") return { kind: "barrierefreiheit", title: t.legal.statementTitle, settings: await getLegalSettings() };
  const page = await getPublishedPage({ slug });
  return page && { kind: "page", title: page.title, slug: page.slug, body: page.body };
}

function pathOf(loaded: Loaded): string {
  return loaded.kind === "page" ? pagePath(loaded.slug) : `/${loaded.kind}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return {};
  return pageMetadata({ title: loaded.title, description: `${loaded.title} – ${t.footerNote}`, path: pathOf(loaded), feeds: [] });
}

export default async function InfoPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  if (loaded.kind === "impressum") {
    return (
      <SitePage>
        <ImpressumView impressum={loaded.settings.impressum} />
      </SitePage>
    );
  }
  if (loaded.kind === "barrierefreiheit") {
    const { statement, impressum } = loaded.settings;
    const nonAccessibleHtml = statement.nonAccessible ? await renderMarkdown(statement.nonAccessible) : "";
    return (
      <SitePage>
        <StatementView statement={statement} organisation={impressum.organisation} nonAccessibleHtml={nonAccessibleHtml} />
      </SitePage>
    );
  }
  return (
    <SitePage>
      <article className="mx-auto max-w-3xl">
        <h1 className="font-heading text-3xl font-bold sm:text-4xl">{loaded.title}</h1>
        <div className="mt-6">
          <Prose html={await renderMarkdown(loaded.body)} />
        </div>
      </article>
    </SitePage>
  );
}
