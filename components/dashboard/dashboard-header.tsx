// The dashboard's top bar: navigation by role, who is signed in, sign-out.
import Link from "next/link";
import { PendingCommentsLabel } from "./pending-comments-label";
import { ReviewCountLabel } from "./review-count-label";
import type { CurrentUser } from "@/db/queries/users";
import { tEditorial, tTaxonomy } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { siteConfig } from "@/lib/site-config";

const t = tEditorial;

export function DashboardHeader({ user, signOut }: { user: CurrentUser; signOut: () => Promise<void> }) {
  const links = [
    { href: "/dashboard/beitraege", label: t.nav.posts },
    { href: "/dashboard/beitraege/neu", label: t.nav.newPost },
    ...(can.publish(user) ? [{ href: "/dashboard/beitraege?status=pruefung", label: <ReviewCountLabel user={user} /> }] : []),
    ...(can.uploadMedia(user) ? [{ href: "/dashboard/medien", label: t.nav.media }] : []),
    ...(can.manageTaxonomy(user) ? [{ href: "/dashboard/kategorien", label: t.nav.categories }] : []),
    ...(can.manageTaxonomy(user) ? [{ href: "/dashboard/schlagwoerter", label: tTaxonomy.tags.nav }] : []),
    ...(can.managePages(user) ? [{ href: "/dashboard/seiten", label: t.nav.pages }] : []),
    ...(can.manageNavigation(user) ? [{ href: "/dashboard/fusszeile", label: t.nav.footer }] : []),
    ...(can.manageRedirects(user) ? [{ href: "/dashboard/weiterleitungen", label: t.redirects.title }] : []),
    ...(can.moderateSomeComments(user) ? [{ href: "/dashboard/kommentare", label: <PendingCommentsLabel user={user} /> }] : []),
    ...(can.manageFeedback(user) ? [{ href: "/dashboard/rueckmeldungen", label: t.nav.feedback }] : []),
    ...(can.manageLegal(user) ? [{ href: "/dashboard/rechtliches", label: t.nav.legal }] : []),
    ...(can.manageUsers(user) ? [{ href: "/dashboard/benutzer", label: t.nav.users }] : []),
    ...(can.readAuditLog(user) ? [{ href: "/dashboard/protokoll", label: t.nav.audit }] : []),
    { href: "/dashboard/konto", label: t.nav.account },
    { href: "/", label: t.nav.toSite },
  ];
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="font-heading text-lg font-bold text-brand">
          {siteConfig.name} · {t.nav.label}
        </p>
        <nav aria-label={t.nav.label}>
          <ul className="flex flex-wrap gap-4 text-sm font-semibold">
            {links.map((link) => (
              <li key={link.href}>
                <Link prefetch={false} href={link.href} className="text-brand underline-offset-4 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={signOut} className="flex items-center gap-3 text-sm">
          <span className="text-muted">{t.signIn.signedInAs(user.displayName)}</span>
          <button type="submit" className="rounded border border-brand/40 px-3 py-1 font-semibold text-brand hover:bg-brand/5">
            {t.signIn.signOut}
          </button>
        </form>
      </div>
    </header>
  );
}
