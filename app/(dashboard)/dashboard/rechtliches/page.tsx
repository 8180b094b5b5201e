import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LegalEditor } from "@/components/dashboard/legal-editor";
import { loadLegalForEditing } from "@/db/queries/legal";
import { requireUser } from "@/lib/current-user";
import { t as reader, tEditorial } from "@/lib/i18n";
import { conformanceLevels, impressumFields, statementFields } from "@/lib/legal";
import { saveImpressumAction, saveStatementAction } from "./actions";

const t = tEditorial.legal;

export const metadata: Metadata = { title: t.title };

export default async function LegalSettingsPage() {
  const user = await requireUser("/dashboard/rechtliches");
  const legal = await loadLegalForEditing(user);
  if (!legal) notFound();
  const { impressum, statement } = legal;
  const conformance = conformanceLevels.map((value) => ({ value, label: reader.legal.conformance[value] }));
  return (
    <div data-view="rechtliches" className="flex flex-col gap-10">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <section aria-labelledby="impressum-titel">
        <h2 id="impressum-titel" className="mb-3 text-2xl font-bold">
          {t.impressumHeading}
        </h2>
        <LegalEditor id="impressum" label={t.impressumHeading} fields={impressumFields} values={impressum} action={saveImpressumAction} />
      </section>
      <section aria-labelledby="erklaerung-titel">
        <h2 id="erklaerung-titel" className="mb-3 text-2xl font-bold">
          {t.statementHeading}
        </h2>
        <LegalEditor
          id="erklaerung"
          label={t.statementHeading}
          fields={statementFields}
          values={statement}
          action={saveStatementAction}
          choices={{ conformance }}
        />
      </section>
    </div>
  );
}
