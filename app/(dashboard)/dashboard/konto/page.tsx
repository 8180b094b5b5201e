import type { Metadata } from "next";
import { ActionForm, FieldError } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { changePasswordAction, endOwnSessionsAction } from "./actions";

const t = tEditorial.account;

export const metadata: Metadata = { title: t.title };

export default async function AccountPage() {
  const user = await requireUser("/dashboard/konto");
  return (
    <div data-view="konto" className="flex max-w-2xl flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 text-muted">
          {user.displayName} · {user.email}
        </p>
      </div>
      <section aria-labelledby="passwort-aendern" className="rounded border border-slate-300 bg-white p-4">
        <h2 id="passwort-aendern" className="mb-3 text-xl font-bold">{t.passwordHeading}</h2>
        <ActionForm action={changePasswordAction} label={t.passwordHeading} className="flex flex-col gap-3">
          {/* Lets password managers file the new password under the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={user.email} />
          <label className="flex flex-col text-sm font-semibold">
            {t.current}
            <input name="current" type="password" autoComplete="current-password" className={inputClass} aria-describedby="konto-bisher-fehler" />
            <FieldError name="current" id="konto-bisher-fehler" />
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t.password}
            <input name="password" type="password" autoComplete="new-password" className={inputClass} aria-describedby="konto-neu-fehler konto-neu-hinweis" />
            <FieldError name="password" id="konto-neu-fehler" />
          </label>
          <p id="konto-neu-hinweis" className="text-sm text-muted">{t.changeHint}</p>
          <button type="submit" className="self-start rounded bg-brand px-4 py-2 text-sm font-semibold text-white">
            {t.change}
          </button>
        </ActionForm>
      </section>
      <section aria-labelledby="sitzungen" className="rounded border border-slate-300 bg-white p-4">
        <h2 id="sitzungen" className="mb-2 text-xl font-bold">{t.sessionsHeading}</h2>
        <p className="mb-3 text-sm">{t.sessionsIntro}</p>
        <ActionForm action={endOwnSessionsAction} label={t.sessionsHeading}>
          <button type="submit" className="rounded border border-red-800 px-4 py-2 text-sm font-semibold text-red-800">
            {t.endAll}
          </button>
        </ActionForm>
      </section>
    </div>
  );
}
