// Accounts: creating them (command line and admins), changing roles, deactivating. Hashes never leave this module.
import { and, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { can } from "@/lib/permissions";
import { deEditorial } from "@/lib/i18n/de";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/passwords";
import { slugFromTitle } from "@/lib/slug";
import type { Database } from "../client";
import { userRole, users, type UserRole } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { normaliseEmail } from "./sign-in";

const m = deEditorial.errors;

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
  const parsed = userInputSchema.safeParse(raw);
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
  return createUser(db, raw);
}

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
  return { ok: true, value: row! };
}
