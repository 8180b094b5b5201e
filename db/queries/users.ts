// Reads of accounts for the dashboard; the password hash is never selected here.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../connection";
import { users, type UserRole } from "../schema";

export type CurrentUser = { id: number; role: UserRole; displayName: string; email: string };

/** The signed-in user as of now: a deactivated account no longer counts as signed in. */
export async function getActiveUser({ id }: { id: number }): Promise<CurrentUser | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, role: users.role, displayName: users.displayName, email: users.email, active: users.active })
    .from(users)
    .where(eq(users.id, id));
  if (!row?.active) return null;
  const { active: _active, ...user } = row;
  return user;
}

export type UserListItem = { id: number; email: string; displayName: string; role: UserRole; active: boolean };

export async function listUsers(actor: CurrentUser): Promise<UserListItem[]> {
  if (actor.role !== "admin") return [];
  const db = await getDb();
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .orderBy(asc(users.displayName));
}
