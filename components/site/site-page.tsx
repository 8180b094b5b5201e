// A reader page's header, main landmark and footer; the header's categories and the footer's links come from cached
// navigation queries.
import { listNavCategories } from "@/db/queries/categories";
import { listFooterLinks } from "@/db/queries/navigation";
import { SiteFooter, SiteHeader } from "./site-chrome";

export async function SitePage({ children, searchQuery }: { children: React.ReactNode; searchQuery?: string }) {
  const [categories, footerLinks] = await Promise.all([listNavCategories(), listFooterLinks()]);
  return (
    <>
      <SiteHeader categories={categories} searchQuery={searchQuery} />
      <main id="inhalt" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
      <SiteFooter links={footerLinks} />
    </>
  );
}
