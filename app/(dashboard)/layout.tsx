import type { Metadata } from "next";
import { SkipLink } from "@/components/site/site-chrome";

// Dashboard pages depend on the signed-in user, so they render per request and may block on the session.
export const instant = false;

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function DashboardGroupLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      {children}
    </>
  );
}
