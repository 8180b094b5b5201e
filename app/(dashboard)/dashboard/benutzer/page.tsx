import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm, FieldError } from "@/components/dashboard/action-form";
import { inputClass } from "@/components/ui/field";
import { listUsers } from "@/db/queries/users";
import { userRole } from "@/db/schema";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { can, roleLabels } from "@/lib/permissions";
import { createUserAction, deleteUserAction, endUserSessionsAction, updateUserAction } from "./actions";

const t = tEditorial.users;

export const metadata: Metadata = { title: t.title };

function RoleSelect({ id, value }: { id: string; value?: string }) {
  return (
    <select id={id} name="role" defaultValue={value ?? "author"} className="rounded border border-slate-400 bg-white px-2 py-1.5">
      {userRole.enumValues.map((role) => (
        <option key={role} value={role}>
          {roleLabels[role]}
        </option>
      ))}
    </select>
  );
}

export default async function UsersPage() {
  const user = await requireUser("/dashboard/benutzer");
  if (!can.manageUsers(user)) notFound();
  const users = await listUsers(user);
  return (
    <div data-view="benutzer" className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <ul className="flex flex-col gap-3">
        {users.map((account) => (
          <li key={account.id} className="rounded border border-slate-300 bg-white p-4">
            <ActionForm action={updateUserAction} label={account.displayName} className="flex flex-wrap items-end gap-3">
              <input type="hidden" name="id" value={account.id} />
              <div className="min-w-64 flex-1">
                <p className="font-semibold">{account.displayName}</p>
                <p className="text-sm text-muted">
                  {account.email} · {account.active ? t.active : t.inactive}
                </p>
              </div>
              <label htmlFor={`rolle-${account.id}`} className="sr-only">
                {t.role}: {account.displayName}
              </label>
              <RoleSelect id={`rolle-${account.id}`} value={account.role} />
              <button type="submit" name="intent" value="role" className="rounded border border-brand/40 px-3 py-1.5 text-sm font-semibold text-brand">
                {t.saveRole}<span className="sr-only">: {account.displayName}</span>
              </button>
              <button
                type="submit"
                name="intent"
                value={account.active ? "deactivate" : "activate"}
                className="rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800"
              >
                {account.active ? t.deactivate : t.activate}<span className="sr-only">: {account.displayName}</span>
              </button>
            </ActionForm>
            <div className="mt-3 flex flex-wrap items-start gap-3 border-t border-slate-200 pt-3">
              <ActionForm action={endUserSessionsAction} label={`${t.endSessions}: ${account.displayName}`}>
                <input type="hidden" name="id" value={account.id} />
                <button type="submit" className="rounded border border-slate-500 px-3 py-1.5 text-sm font-semibold">
                  {t.endSessions}<span className="sr-only">: {account.displayName}</span>
                </button>
              </ActionForm>
              {account.id !== user.id && (
                // Two steps: opening the panel and choosing who takes the posts, then the final button.
                <details className="flex-1">
                  <summary className="cursor-pointer rounded px-1 py-1.5 text-sm font-semibold text-red-800">
                    {t.delete}<span className="sr-only"> {account.displayName}</span>
                  </summary>
                  <ActionForm action={deleteUserAction} label={`${t.confirmDelete}: ${account.displayName}`} className="mt-2 flex flex-col gap-2">
                    <input type="hidden" name="id" value={account.id} />
                    <p className="text-sm">{t.deleteExplain(account.displayName)}</p>
                    <label htmlFor={`erbe-${account.id}`} className="text-sm font-semibold">
                      {t.reassignTo}
                    </label>
                    <select
                      id={`erbe-${account.id}`}
                      name="reassignTo"
                      defaultValue={user.id}
                      aria-describedby={`erbe-${account.id}-fehler`}
                      className="max-w-md rounded border border-slate-400 bg-white px-2 py-1.5"
                    >
                      {users
                        .filter((other) => other.id !== account.id)
                        .map((other) => (
                          <option key={other.id} value={other.id}>
                            {other.displayName}
                          </option>
                        ))}
                    </select>
                    <FieldError name="reassignTo" id={`erbe-${account.id}-fehler`} />
                    <button type="submit" className="self-start rounded bg-red-800 px-3 py-1.5 text-sm font-semibold text-white">
                      {t.confirmDelete}<span className="sr-only">: {account.displayName}</span>
                    </button>
                  </ActionForm>
                </details>
              )}
            </div>
          </li>
        ))}
      </ul>
      <section aria-labelledby="neues-konto" className="rounded border border-dashed border-slate-400 p-4">
        <h2 id="neues-konto" className="mb-3 text-xl font-bold">{t.create}</h2>
        <ActionForm action={createUserAction} label={t.create} className="grid gap-3 sm:grid-cols-2" resetOnSuccess>
          <label className="flex flex-col text-sm font-semibold">
            {t.email}
            <input name="email" type="email" autoComplete="off" className={inputClass} aria-describedby="konto-email-fehler" />
            <FieldError name="email" id="konto-email-fehler" />
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t.name}
            <input name="displayName" className={inputClass} aria-describedby="konto-name-fehler" />
            <FieldError name="displayName" id="konto-name-fehler" />
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t.role}
            <RoleSelect id="konto-rolle" />
          </label>
          <label className="flex flex-col text-sm font-semibold">
            {t.password}
            <input name="password" type="password" autoComplete="new-password" className={inputClass} aria-describedby="konto-passwort-fehler" />
            <FieldError name="password" id="konto-passwort-fehler" />
          </label>
          <div className="sm:col-span-2">
            <button type="submit" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white">
              {t.create}
            </button>
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
