// Resolves who is acting from the session's user id: role and active flag are read fresh from the database.
import { eq } from "drizzle-orm";
import { deEditorial } from "@/lib/i18n/de";
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

export type Refusal = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;
  message: string;
  fieldErrors?: Record<string, string>;
};
export type Result<T> = { ok: true; value: T } | Refusal;

/** Runs a write whose only expected failure is a taken slug, and turns that into a message under the slug field. */
export async function withSlugClashRefused<T>(write: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await write();
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    // 23505: unique_violation, raised directly by node-postgres and wrapped in `cause` by drizzle on PGlite.
    if ((e?.code ?? e?.cause?.code) === "23505") return refuse(409, deEditorial.errors.invalid, { slug: deEditorial.errors.slugTaken });
    throw error;
  }
}

export function refuse(status: Refusal["status"], message: string, fieldErrors?: Record<string, string>): Refusal {
  return { ok: false, status, message, ...(fieldErrors ? { fieldErrors } : {}) };
}
