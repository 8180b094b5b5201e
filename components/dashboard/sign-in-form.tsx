"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.signIn;

export type SignInState = { error?: string; email: string };

export function SignInForm({
  callbackUrl,
  signIn,
}: {
  callbackUrl: string;
  signIn: (previous: SignInState, form: FormData) => Promise<SignInState>;
}) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { email: "" });
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.error && (
        <p role="alert" id="anmelden-fehler" className="rounded border border-red-800 bg-red-50 p-3 text-sm font-semibold text-red-900">
          {state.error}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="text-sm font-semibold">
          {t.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          key={state.email}
          aria-describedby={state.error ? "anmelden-fehler" : undefined}
          className={inputClass}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="text-sm font-semibold">
          {t.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t.pending : t.submit}
      </Button>
    </form>
  );
}
