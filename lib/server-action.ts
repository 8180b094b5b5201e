// What every dashboard server action shares: its caller resolved to the acting user, the database handle, the data
// layer's refusal as the form's answer, and the cache invalidation the action names.
import "server-only";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/components/dashboard/action-form";
import type { Database } from "@/db/client";
import { refuse, type Refusal, type Result } from "@/db/mutations/actor";
import type { CurrentUser } from "@/db/queries/users";
import { expireReaderCaches, type RedirectChange } from "@/lib/cache/invalidate";
import { getCurrentUser } from "@/lib/current-user";
import { database } from "@/lib/database";
import { tEditorial } from "@/lib/i18n";

export type ActionContext = { db: Database; user: CurrentUser };

/** What a change made stale: reader pages by cache tag, the proxy's remembered redirects, the dashboard page shown. */
export type Invalidation = { tags?: Iterable<string>; redirects?: RedirectChange; refresh?: boolean };

export async function invalidate({ tags = [], redirects, refresh: redraw = false }: Invalidation): Promise<void> {
  await expireReaderCaches({ tags, redirects }, "action");
  if (redraw) refresh();
}

/** What every data function answers a caller without a session, so an action refusing early says the same. */
function signedOut(): Refusal {
  return refuse(401, tEditorial.errors.signedOut);
}

/**
 * Every exported server action is a public HTTP endpoint: it runs `run` only for a signed-in, active user. Anyone
 * else gets the data layer's 401, or the answer the action gives a stranger instead (an editor's "not found").
 */
export function asUser<R>(run: (context: ActionContext) => Promise<R>): Promise<R | Refusal>;
export function asUser<R, S>(run: (context: ActionContext) => Promise<R>, whenSignedOut: () => S): Promise<R | S>;
export async function asUser<R, S>(
  run: (context: ActionContext) => Promise<R>,
  whenSignedOut: () => S | Refusal = signedOut,
): Promise<R | S | Refusal> {
  const user = await getCurrentUser();
  if (!user) return whenSignedOut();
  return run({ db: await database(), user });
}

/** A refusal as an ActionForm shows it: the message in its alert, each field error under its field. */
export function refusalState(refusal: Pick<Refusal, "message" | "fieldErrors">): FormState {
  return { ok: false, message: refusal.message, fieldErrors: refusal.fieldErrors };
}

export type Success<T, S extends FormState = FormState> = {
  /** The form's answer: a message, or the whole state (`ok: true` unless it says otherwise). None: `{ ok: true }`. */
  answer?: string | ((value: T) => string | S);
  /** What the change made stale; run before the answer, only when the data layer said yes. */
  invalidate?: Invalidation | ((value: T, context: ActionContext) => Invalidation | Promise<Invalidation>);
  /** Where the browser goes instead of an answer. */
  redirectTo?: string | ((value: T) => string);
};

/** A form's server action: `run` calls the data function as the acting user; a refusal comes back as the form's state. */
export async function formAction<T, S extends FormState = FormState>(
  run: (context: ActionContext) => Promise<Result<T>>,
  success: Success<T, S> = {},
): Promise<FormState | S> {
  const result = await asUser(async (context) => {
    const outcome = await run(context);
    if (outcome.ok && success.invalidate) {
      await invalidate(typeof success.invalidate === "function" ? await success.invalidate(outcome.value, context) : success.invalidate);
    }
    return outcome;
  });
  if (!result.ok) return refusalState(result);
  const { answer, redirectTo } = success;
  if (redirectTo) redirect(typeof redirectTo === "function" ? redirectTo(result.value) : redirectTo);
  const said = typeof answer === "function" ? answer(result.value) : answer;
  if (said === undefined) return { ok: true };
  return typeof said === "string" ? { ok: true, message: said } : { ok: true, ...said };
}
