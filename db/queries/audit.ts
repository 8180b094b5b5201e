// The admins' security overview: the audit log and recent failed sign-ins. Nobody else may read either.
import "server-only";
import { desc, gte, sql } from "drizzle-orm";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { loadActor, refuse, type Result, type SessionRef } from "../mutations/actor";
import { auditLog, signInFailures } from "../schema";
import { tEditorial } from "@/lib/i18n";

export type AuditEntry = { id: number; at: Date; actorName: string; action: string; subject: string };
export type FailedSignIns = { email: string; address: string; failures: number; lastAt: Date };

export async function listAuditLog(db: Database, session: SessionRef, limit = 200): Promise<Result<AuditEntry[]>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, tEditorial.errors.signedOut);
  if (!can.readAuditLog(actor)) return refuse(403, tEditorial.errors.forbidden);
  const rows = await db
    .select({ id: auditLog.id, at: auditLog.at, actorName: auditLog.actorName, action: auditLog.action, subject: auditLog.subject })
    .from(auditLog)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return { ok: true, value: rows };
}

/** Failures of the last 24 hours by account and address, most recent first. */
export async function listFailedSignIns(db: Database, session: SessionRef, limit = 50): Promise<Result<FailedSignIns[]>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, tEditorial.errors.signedOut);
  if (!can.readAuditLog(actor)) return refuse(403, tEditorial.errors.forbidden);
  const lastAt = sql<Date>`max(${signInFailures.createdAt})`;
  const rows = await db
    .select({ email: signInFailures.email, address: signInFailures.address, failures: sql<number>`count(*)::int`, lastAt })
    .from(signInFailures)
    .where(gte(signInFailures.createdAt, sql`now() - interval '1 day'`))
    .groupBy(signInFailures.email, signInFailures.address)
    .orderBy(desc(lastAt))
    .limit(limit);
  return { ok: true, value: rows.map((row) => ({ ...row, lastAt: new Date(row.lastAt) })) };
}
