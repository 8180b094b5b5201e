import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/dashboard/sign-in-form";
import { signInAction } from "./actions";
import { getCurrentUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { safeInternalPath } from "@/lib/safe-redirect";
import { siteConfig } from "@/lib/site-config";

export const metadata: Metadata = { title: tEditorial.signIn.title };

export default async function SignInPage({ searchParams }: PageProps<"/anmelden">) {
  const callbackUrl = safeInternalPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main id="inhalt" className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center px-4 py-16">
      <p className="font-heading text-xl font-bold text-brand">{siteConfig.name}</p>
      <h1 className="mt-2 text-3xl font-bold">{tEditorial.signIn.title}</h1>
      <p className="mt-2 mb-6 text-muted">{tEditorial.signIn.intro}</p>
      <SignInForm callbackUrl={callbackUrl} signIn={signInAction} />
    </main>
  );
}
