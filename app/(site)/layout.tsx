import { SkipLink } from "@/components/site/site-chrome";

// Each page renders its own header and footer (SitePage), which read the cached navigation once the page knows it
// exists: the layout itself reads nothing, so nothing is read from the database at build time.
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      {children}
    </>
  );
}
