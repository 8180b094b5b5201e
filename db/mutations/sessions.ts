// Signed-in sessions: a row per sign-in that the session cookie names. Deleting rows ends sessions at once, even
// though the cookie itself stays valid until it expires (auth.ts checks the row on every read of the session).
import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import { tEditorial } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { sessions, users } from "../schema";
import { isDatabaseUnavailable } from "../unavailable";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { recordAudit } from "./audit";

const m = tEditorial.errors;

export async function startSession(db: Database, userId: number, maxAgeSeconds: number): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  await db.insert(sessions).values({ id, userId, expiresAt: sql`now() + make_interval(secs => ${maxAgeSeconds})` });
  return id;
}

/** The session's user while the session has not been ended and the account is active; else null. */
export async function liveSessionUser(db: Database, sessionId: unknown): Promise<number | null> {
  if (typeof sessionId !== "string" || sessionId.length > 64) return null;
  const [row] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)));
  return row?.userId ?? null;
}

/**
 * Whether a session cookie still names a live session of its user. While the database is away this cannot be
 * checked, and the cookie is kept: Auth.js would otherwise clear it and sign the editor out mid-sentence, and the
 * save would be refused with „Bitte melden Sie sich an.“ instead of the outage's 503. Nothing is exposed by keeping
 * it, because every data function reads the acting user from the same unreachable database before it does anything.
 */
export async function sessionStillLive(openDb: () => Promise<Database>, sessionId: unknown, userId: unknown): Promise<boolean> {
  try {
    const live = await liveSessionUser(await openDb(), sessionId);
    return live !== null && live === userId;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return true;
    throw error;
  }
}

/** Sign-out: ends this one session. */
export async function endSession(db: Database, sessionId: unknown): Promise<void> {
  if (typeof sessionId === "string") await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** For code that has already authorised the change (deactivation, password change): ends every session of a user. */
export async function endSessionsOf(db: Database, userId: number): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

/** „Alle Sitzungen beenden“: anyone for themselves, admins for anyone. */
export async function endAllSessions(db: Database, session: SessionRef, userId: number): Promise<Result<{ ended: number }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (actor.id !== userId && !can.manageUsers(actor)) return refuse(403, m.forbidden);
  const [target] = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.id, userId));
  if (!target) return refuse(404, m.notFound);
  const ended = await endSessionsOf(db, userId);
  await recordAudit(db, actor.id, "sessions-ended", target.displayName);
  return { ok: true, value: { ended } };
}
