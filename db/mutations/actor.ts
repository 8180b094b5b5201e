// Resolves who is acting from the session's user id: role and active flag are read fresh from the database.
import "server-only";
import { eq } from "drizzle-orm";
import { tEditorial } from "@/lib/i18n";
import type { Actor } from "@/lib/permissions";
import type { Database } from "../client";
import { users } from "../schema";

export type SessionRef = { id: number } | null | undefined;

/** The acting user, or null when there is no session or the account has been deactivated since sign-in. */
export async function loadActor(db: Database, session: SessionRef): Promise<Actor | null> {
  if (!session || !Number.isInteger(session.id)) return null;
  const [row] = await db
    .select({ id: users.id, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, session.id));
  if (!row || !row.active) return null;
  return { id: row.id, role: row.role };
}

/**
 * Why a write was refused, for code to act on (the message is for people and may change wording):
 * `conflict` someone else saved first, `forbidden` no session or no right, `invalid` the input or the content's
 * state does not allow it, `not_found` nothing this user may see by that id, `unavailable` the database is away.
 */
export type RefusalReason = "conflict" | "forbidden" | "invalid" | "not_found" | "unavailable";

export type Refusal = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;
  reason: RefusalReason;
  message: string;
  fieldErrors?: Record<string, string>;
};
export type Result<T> = { ok: true; value: T } | Refusal;

/** Whether a write failed on a unique constraint (23505), raised directly by node-postgres and wrapped in `cause` by drizzle on PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e?.code ?? e?.cause?.code) === "23505";
}

/** Runs a write whose only expected failure is a taken slug, and turns that into a message under the slug field. */
export async function withSlugClashRefused<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(409, tEditorial.errors.invalid, { slug: tEditorial.errors.slugTaken });
    throw error;
  }
}

/** The reason a status stands for when the caller names none; a 409 naming a field is that field's clash, not a race. */
export function reasonOf(status: Refusal["status"], fieldErrors?: Record<string, string>): RefusalReason {
  if (status === 401 || status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 503) return "unavailable";
  if (status === 409 && !fieldErrors) return "conflict";
  return "invalid";
}

export function refuse(
  status: Refusal["status"],
  message: string,
  fieldErrors?: Record<string, string>,
  reason: RefusalReason = reasonOf(status, fieldErrors),
): Refusal {
  return { ok: false, status, reason, message, ...(fieldErrors ? { fieldErrors } : {}) };
}
