"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import type { SignInState } from "@/components/dashboard/sign-in-form";
import { tEditorial } from "@/lib/i18n";
import { safeInternalPath } from "@/lib/safe-redirect";

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "").slice(0, 320);
  try {
    await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      redirectTo: safeInternalPath(form.get("callbackUrl")),
    });
    return { email };
  } catch (error) {
    // A successful sign-in ends in a redirect, which Next implements by throwing: let it through.
    if (!(error instanceof AuthError)) throw error;
    const throttled = /^throttled-(\d+)$/.exec((error as AuthError & { code?: string }).code ?? "");
    return { email, error: throttled ? tEditorial.signIn.throttled(Number(throttled[1])) : tEditorial.signIn.wrong };
  }
}
