// Writes the audit log: who did what and when. Callers have already decided the action was allowed.
import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { auditLog } from "../schema";

export const auditActions = [
  "sign-in",
  "sessions-ended",
  "password-changed",
  "role-changed",
  "user-deactivated",
  "user-activated",
  "user-created",
  "user-deleted",
  "post-published",
  "post-scheduled",
  "post-unpublished",
  "post-deleted",
  "feedback-deleted",
  "media-deleted",
  "media-restored",
  "media-purged",
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One entry; the actor's current display name is copied in the same statement. */
export async function recordAudit(db: Database, actorId: number | null, action: AuditAction, subject: string): Promise<void> {
  await db.execute(sql`
    insert into ${auditLog} (actor_id, actor_name, action, subject)
    select ${actorId}::int, coalesce((select display_name from users where id = ${actorId}::int), ''), ${action}, ${subject.slice(0, 500)}`);
}
