// Accounts: creating them (command line and admins), changing roles, deactivating, deleting, changing passwords.
// Hashes never leave this module.
import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { z } from "zod";
import { can, roleLabels } from "@/lib/permissions";
import { tEditorial } from "@/lib/i18n";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "@/lib/passwords";
import { slugFromTitle } from "@/lib/slug";
import type { Database } from "../client";
import { auditLog, posts, signInFailures, userRole, users, type UserRole } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { recordAudit } from "./audit";
import { endSessionsOf } from "./sessions";
import { normaliseEmail } from "./sign-in";

const m = tEditorial.errors;

export const userInputSchema = z.object({
  email: z.string().trim().toLowerCase().email(m.emailInvalid).max(320, m.emailInvalid),
  displayName: z.string().trim().min(1, m.nameRequired).max(120, m.nameRequired),
  role: z.enum(userRole.enumValues),
  password: z.string().min(MIN_PASSWORD_LENGTH, m.passwordTooShort).max(1024),
});
export type UserInput = z.infer<typeof userInputSchema>;

export type UserView = { id: number; email: string; displayName: string; slug: string; role: UserRole; active: boolean };

/** The person's name as a slug no one has yet ("anna-alt", "anna-alt-2"). */
export async function freeSlug(db: Database, name: string): Promise<string> {
  const base = slugFromTitle(name) || "person";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.slug, candidate));
    if (!taken) return candidate;
  }
}

/** For trusted callers only (the user:create command, the demo seed); the dashboard goes through createUserAsAdmin. */
export async function createUser(db: Database, raw: unknown): Promise<Result<UserView>> {
  const parsed = userInputSchema.safeParse(withoutNul(raw));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return refuse(422, m.invalid, fieldErrors);
  }
  const input = parsed.data;
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, normaliseEmail(input.email)));
  if (existing) return refuse(409, m.invalid, { email: m.emailTaken });
  const [row] = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email),
      displayName: input.displayName,
      slug: await freeSlug(db, input.displayName),
      role: input.role,
      passwordHash: await hashPassword(input.password),
    })
    .returning({ id: users.id, email: users.email, displayName: users.displayName, slug: users.slug, role: users.role, active: users.active });
  return { ok: true, value: row! };
}

export async function createUserAsAdmin(db: Database, session: SessionRef, raw: unknown): Promise<Result<UserView>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageUsers(actor)) return refuse(403, m.forbidden);
  const created = await createUser(db, raw);
  if (created.ok) await recordAudit(db, actor.id, "user-created", `${created.value.displayName} (${roleName(created.value.role)})`);
  return created;
}

const roleName = (role: UserRole) => roleLabels[role];

async function otherActiveAdmins(db: Database, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, userId)));
  return row?.n ?? 0;
}

export async function updateUserAccess(
  db: Database,
  session: SessionRef,
  userId: number,
  change: { role?: UserRole; active?: boolean },
): Promise<Result<UserView>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageUsers(actor)) return refuse(403, m.forbidden);
  const role = change.role === undefined ? undefined : userRole.enumValues.find((value) => value === change.role);
  if (change.role !== undefined && !role) return refuse(422, m.invalid, { role: m.invalid });
  const [target] = await db.select().from(users).where(eq(users.id, userId));
  if (!target) return refuse(404, m.notFound);
  const losesAdmin = target.role === "admin" && ((role && role !== "admin") || change.active === false);
  if (losesAdmin && (await otherActiveAdmins(db, userId)) === 0) return refuse(409, m.lastAdmin, undefined, "invalid");
  const [row] = await db
    .update(users)
    .set({ ...(role ? { role } : {}), ...(change.active === undefined ? {} : { active: change.active }), updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id, email: users.email, displayName: users.displayName, slug: users.slug, role: users.role, active: users.active });
  if (role && role !== target.role) {
    await recordAudit(db, actor.id, "role-changed", `${target.displayName}: ${roleName(target.role)} → ${roleName(role)}`);
  }
  if (change.active !== undefined && change.active !== target.active) {
    // A deactivated account's sessions end now, not when their cookies expire.
    if (!change.active) await endSessionsOf(db, userId);
    await recordAudit(db, actor.id, change.active ? "user-activated" : "user-deactivated", target.displayName);
  }
  return { ok: true, value: row! };
}

/**
 * Erasure (Art. 17 DSGVO): deletes an account. Its posts go to the account chosen by the admin; revisions and media
 * keep no reference (their editor/uploader becomes empty), its sessions and failed sign-ins go too, and audit entries
 * by or about it say „Gelöschtes Konto Nr. …“ instead of its name.
 */
export async function deleteUser(
  db: Database,
  session: SessionRef,
  userId: number,
  reassignTo: number,
): Promise<Result<{ movedPosts: number }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageUsers(actor)) return refuse(403, m.forbidden);
  const [target] = await db.select().from(users).where(eq(users.id, userId));
  if (!target) return refuse(404, m.notFound);
  if (target.id === actor.id) return refuse(409, m.deleteSelf);
  if (reassignTo === userId) return refuse(422, m.invalid, { reassignTo: m.reassignOther });
  const [heir] = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(eq(users.id, reassignTo));
  if (!heir) return refuse(422, m.invalid, { reassignTo: m.reassignOther });
  if (target.role === "admin" && target.active && (await otherActiveAdmins(db, userId)) === 0) return refuse(409, m.lastAdmin);
  const movedPosts = await db.transaction(async (tx) => {
    const moved = await tx
      .update(posts)
      .set({ authorId: heir.id, updatedAt: new Date() })
      .where(eq(posts.authorId, userId))
      .returning({ id: posts.id });
    // Entries keep what happened, but no longer say to or by whom by name.
    await tx.update(auditLog).set({ actorName: m.deletedAccount(userId) }).where(eq(auditLog.actorId, userId));
    await tx
      .update(auditLog)
      .set({ subject: sql`replace(${auditLog.subject}, ${target.displayName}, ${m.deletedAccount(userId)})` })
      .where(sql`strpos(${auditLog.subject}, ${target.displayName}) > 0`);
    await tx.delete(signInFailures).where(eq(signInFailures.email, target.email));
    await tx.delete(users).where(eq(users.id, userId));
    return moved.length;
  });
  await recordAudit(db, actor.id, "user-deleted", `${m.deletedAccount(userId)}; ${movedPosts} → ${heir.displayName}`);
  return { ok: true, value: { movedPosts } };
}

export const passwordChangeSchema = z.object({
  current: z.string().max(1024),
  password: z.string().min(MIN_PASSWORD_LENGTH, m.passwordTooShort).max(1024),
});

/**
 * Changes the signed-in user's own password after checking the current one, and ends all their sessions: whoever
 * might have learnt the old password is signed out (the editor signs in again with the new one).
 */
export async function changeOwnPassword(db: Database, session: SessionRef, raw: unknown): Promise<Result<{ ended: number }>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  const parsed = passwordChangeSchema.safeParse(raw);
  if (!parsed.success) return refuse(422, m.invalid, { password: parsed.error.issues[0]?.message ?? m.invalid });
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, parsed.data.current))) {
    return refuse(422, m.invalid, { current: m.currentPasswordWrong });
  }
  await db.update(users).set({ passwordHash: await hashPassword(parsed.data.password), updatedAt: new Date() }).where(eq(users.id, actor.id));
  const ended = await endSessionsOf(db, actor.id);
  await recordAudit(db, actor.id, "password-changed", "");
  return { ok: true, value: { ended } };
}
