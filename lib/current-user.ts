// The signed-in editor for pages and server actions, resolved from the session and checked against the database.
import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { getActiveUser, type CurrentUser } from "@/db/queries/users";

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? getActiveUser({ id }) : null;
}

/** For dashboard pages: the user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/anmelden?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
