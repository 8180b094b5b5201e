// Checks an e-mail and password. Repeated failures slow down the address they come from (per account and overall);
// nothing locks an account, so a correct password from an address without failures always gets in.
import "server-only";
import { and, eq, gte, lt, sql } from "drizzle-orm";
import { verifyAgainstNothing, verifyPassword } from "@/lib/passwords";
import type { Database } from "../client";
import { signInFailures, users } from "../schema";
import { recordAudit } from "./audit";

export const THROTTLE_WINDOW_MINUTES = 15;
/** Failures of one address at one account before each further attempt must wait: 1 s, 2 s, 4 s, … */
export const FREE_FAILURES_PER_PAIR = 3;
/** Failures of one address over all accounts before the same doubling starts (password spraying). */
export const FREE_FAILURES_PER_ADDRESS = 10;
const LONGEST_WAIT_SECONDS = 15 * 60;

export type SignInResult =
  | { kind: "ok"; user: { id: number; displayName: string; email: string } }
  | { kind: "wrong" }
  | { kind: "throttled"; retryAfterSeconds: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Seconds the next attempt must wait after the latest of `failures` failures. */
export function waitAfter(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(2 ** (failures - free), LONGEST_WAIT_SECONDS);
}

async function secondsToWait(db: Database, email: string, address: string): Promise<number> {
  const since = sql`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`;
  // One index range (address, created_at) answers both counts and how long ago the latest failure was.
  const [row] = await db
    .select({
      pair: sql<number>`(count(*) filter (where ${signInFailures.email} = ${email}))::int`,
      pairAgo: sql<number | null>`extract(epoch from now() - max(${signInFailures.createdAt}) filter (where ${signInFailures.email} = ${email}))::float8`,
      address: sql<number>`count(*)::int`,
      addressAgo: sql<number | null>`extract(epoch from now() - max(${signInFailures.createdAt}))::float8`,
    })
    .from(signInFailures)
    .where(and(eq(signInFailures.address, address), gte(signInFailures.createdAt, since)));
  if (!row) return 0;
  const pairWait = waitAfter(row.pair, FREE_FAILURES_PER_PAIR) - Number(row.pairAgo ?? Infinity);
  const addressWait = waitAfter(row.address, FREE_FAILURES_PER_ADDRESS) - Number(row.addressAgo ?? Infinity);
  return Math.max(0, Math.ceil(Math.max(pairWait, addressWait)));
}

export async function verifySignIn(
  db: Database,
  credentials: { email: unknown; password: unknown; address: string },
): Promise<SignInResult> {
  if (typeof credentials.email !== "string" || typeof credentials.password !== "string") return { kind: "wrong" };
  const email = normaliseEmail(credentials.email).replaceAll("\u0000", "").slice(0, 320);
  const password = credentials.password.slice(0, 1024);
  const address = credentials.address.slice(0, 100);

  // An attempt made while waiting is answered without looking at the password and does not count as a failure:
  // the owner at another address is unaffected, and the one waiting is not punished further for impatience.
  const wait = await secondsToWait(db, email, address);
  if (wait > 0) return { kind: "throttled", retryAfterSeconds: wait };

  const [user] = await db
    .select({ id: users.id, displayName: users.displayName, email: users.email, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(users.email, email));
  const valid =
    user?.passwordHash && user.active ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (valid && user) {
    await db.delete(signInFailures).where(and(eq(signInFailures.email, email), eq(signInFailures.address, address)));
    await recordAudit(db, user.id, "sign-in", "");
    return { kind: "ok", user: { id: user.id, displayName: user.displayName, email: user.email } };
  }
  await db.insert(signInFailures).values({ email, address });
  await db.delete(signInFailures).where(lt(signInFailures.createdAt, sql`now() - interval '1 day'`));
  return { kind: "wrong" };
}
