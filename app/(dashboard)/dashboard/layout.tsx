import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { LegalWarning } from "@/components/dashboard/legal-editor";
import { loadLegalForEditing } from "@/db/queries/legal";
import { requireUser } from "@/lib/current-user";
import { impressumFields, missingFields, statementFields } from "@/lib/legal";
import { signOutAction } from "./actions";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/dashboard");
  // Admins are told on every dashboard page while the Impressum or the accessibility statement lacks required data.
  const legal = await loadLegalForEditing(user);
  return (
    <>
      <DashboardHeader user={user} signOut={signOutAction} />
      <main id="inhalt" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {legal && (
          <LegalWarning
            missingImpressum={missingFields(impressumFields, legal.impressum)}
            missingStatement={missingFields(statementFields, legal.statement)}
            link
          />
        )}
        {children}
      </main>
    </>
  );
}
