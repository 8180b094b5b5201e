import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter, SiteHeader, SkipLink } from "@/components/site/site-chrome";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.notFoundTitle, robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SkipLink />
      <SiteHeader categories={[]} />
      <main id="inhalt" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
