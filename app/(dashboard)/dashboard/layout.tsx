import { DashboardHeader } from "@/components/dashboard/dashboard-header";
import { requireUser } from "@/lib/current-user";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser("/dashboard");
  return (
    <>
      <DashboardHeader user={user} />
      <main id="inhalt" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
