// Checks an e-mail and password, slowing down repeated failures per account and per address.
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { verifyAgainstNothing, verifyPassword } from "@/lib/passwords";
import type { Database } from "../client";
import { signInFailures, users } from "../schema";

export const THROTTLE_WINDOW_MINUTES = 15;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

export type SignInResult =
  | { kind: "ok"; user: { id: number; displayName: string; email: string } }
  | { kind: "wrong" }
  | { kind: "throttled" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifySignIn(
  db: Database,
  credentials: { email: unknown; password: unknown; address: string },
): Promise<SignInResult> {
  if (typeof credentials.email !== "string" || typeof credentials.password !== "string") return { kind: "wrong" };
  const email = normaliseEmail(credentials.email).slice(0, 320);
  const password = credentials.password.slice(0, 1024);
  const accountKey = `account:${email}`;
  const addressKey = `address:${credentials.address}`;

  const since = sql`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`;
  const counts = await db
    .select({ key: signInFailures.key, n: sql<number>`count(*)::int` })
    .from(signInFailures)
    .where(and(inArray(signInFailures.key, [accountKey, addressKey]), gte(signInFailures.createdAt, since)))
    .groupBy(signInFailures.key);
  const failures = (key: string) => counts.find((row) => row.key === key)?.n ?? 0;
  if (failures(accountKey) >= MAX_FAILURES_PER_ACCOUNT || failures(addressKey) >= MAX_FAILURES_PER_ADDRESS) {
    return { kind: "throttled" };
  }

  const [user] = await db
    .select({ id: users.id, displayName: users.displayName, email: users.email, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, email));
  const valid =
    user?.passwordHash && user.active ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (valid && user) {
    await db.delete(signInFailures).where(eq(signInFailures.key, accountKey));
    return { kind: "ok", user: { id: user.id, displayName: user.displayName, email: user.email } };
  }
  await db.insert(signInFailures).values([{ key: accountKey }, { key: addressKey }]);
  await db.delete(signInFailures).where(lt(signInFailures.createdAt, sql`now() - interval '1 day'`));
  return { kind: "wrong" };
}
