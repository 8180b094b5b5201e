import { SiteFooter, SkipLink } from "@/components/site/site-chrome";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      {children}
      <SiteFooter />
    </>
  );
}
