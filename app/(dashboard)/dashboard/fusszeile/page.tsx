import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FooterLinksEditor } from "@/components/dashboard/footer-links-editor";
import { listFooterLinksForDashboard } from "@/db/queries/navigation";
import { requireUser } from "@/lib/current-user";
import { LEGAL_FOOTER_LINKS } from "@/lib/footer";
import { t as reader, tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { createFooterLinkAction, updateFooterLinkAction } from "./actions";

const t = tEditorial.footer;

export const metadata: Metadata = { title: t.title };

const fixedEntries = [
  { href: "/", label: reader.home },
  ...LEGAL_FOOTER_LINKS,
  { href: "/feed.xml", label: reader.feedLink },
];

export default async function FooterPage() {
  const user = await requireUser("/dashboard/fusszeile");
  if (!can.manageNavigation(user)) notFound();
  const { links, choices } = await listFooterLinksForDashboard(user);
  return (
    <div data-view="fusszeile" className="flex flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-muted">{t.intro}</p>
      </div>
      <section aria-labelledby="feste-links-titel" className="rounded border border-slate-300 bg-white p-4">
        <h2 id="feste-links-titel" className="text-xl font-bold">{t.fixedHeading}</h2>
        <p className="mt-1 text-sm text-muted">{t.fixedIntro}</p>
        <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={t.fixedHeading}>
          {fixedEntries.map((link) => (
            <li key={link.href} className="rounded bg-sand px-2 py-1">
              {link.label} <span className="font-mono text-xs">{link.href}</span> <span className="text-muted">({t.fixedNote})</span>
            </li>
          ))}
        </ul>
      </section>
      <FooterLinksEditor links={links} choices={choices} create={createFooterLinkAction} update={updateFooterLinkAction} />
    </div>
  );
}
