import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter, SiteHeader } from "@/components/site/site-chrome";

export default function SiteNotFound() {
  return (
    <>
      <SiteHeader categories={[]} />
      <main id="inhalt" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
