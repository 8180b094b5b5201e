// Vitest stand-in for auth.ts: outside a request there is no session cookie to read, so a test says who is signed in.
// Everything behind the session (lib/current-user.ts re-reading the account, the data layer) runs for real.
type Session = { user: { id: string } };

let current: Session | null = null;

/** The session the next `auth()` returns; `null` for a visitor without one. */
export function signInForTests(userId: number | null): void {
  current = userId === null ? null : { user: { id: String(userId) } };
}

export async function auth(): Promise<Session | null> {
  return current;
}

export async function signIn(): Promise<never> {
  throw new Error("Signing in needs a request; data tests call signInForTests.");
}

export async function signOut(): Promise<never> {
  throw new Error("Signing out needs a request; data tests call signInForTests(null).");
}
