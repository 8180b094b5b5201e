// A reader page's header and main landmark; the header's categories come from the cached navigation query.
import { listNavCategories } from "@/db/queries/categories";
import { SiteHeader } from "./site-chrome";

export async function SitePage({ children, searchQuery }: { children: React.ReactNode; searchQuery?: string }) {
  const categories = await listNavCategories();
  return (
    <>
      <SiteHeader categories={categories} searchQuery={searchQuery} />
      <main id="inhalt" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
