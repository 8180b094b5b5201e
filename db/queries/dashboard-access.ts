// Whether a dashboard address names something the signed-in user may see, decided before the page starts to stream:
// a page that depends on the session sends its 200 before it could call notFound() (Next 16 cacheComponents).
import "server-only";
import { eq } from "drizzle-orm";
import { can } from "@/lib/permissions";
import { getDb } from "../connection";
import { pages, posts, redirects } from "../schema";
import { getActiveUser, type CurrentUser } from "./users";

/** The dashboard's screens and who may open them. */
const screens: Record<string, (user: CurrentUser) => boolean> = {
  "": () => true,
  beitraege: () => true,
  "beitraege/neu": () => true,
  medien: can.uploadMedia,
  kategorien: can.manageTaxonomy,
  schlagwoerter: can.manageTaxonomy,
  seiten: can.managePages,
  fusszeile: can.manageNavigation,
  weiterleitungen: can.manageRedirects,
  "weiterleitungen/fehlende-adressen": can.manageRedirects,
  rueckmeldungen: can.manageFeedback,
  rechtliches: can.manageLegal,
  benutzer: can.manageUsers,
};

const ID = /^[1-9]\d{0,9}$/;

function idOf(raw: string | undefined): number | null {
  if (!raw || !ID.test(raw)) return null;
  const id = Number(raw);
  return id <= 2_147_483_647 ? id : null;
}

async function canSeePost(user: CurrentUser, id: number | null): Promise<boolean> {
  if (id === null) return false;
  const db = await getDb();
  const [post] = await db.select({ authorId: posts.authorId, status: posts.status }).from(posts).where(eq(posts.id, id));
  return Boolean(post && can.viewPost(user, post));
}

async function canSeePage(user: CurrentUser, id: number | null): Promise<boolean> {
  if (id === null || !can.managePages(user)) return false;
  const db = await getDb();
  const [page] = await db.select({ id: pages.id }).from(pages).where(eq(pages.id, id));
  return Boolean(page);
}

async function canSeeRedirect(user: CurrentUser, id: number | null): Promise<boolean> {
  if (id === null || !can.manageRedirects(user)) return false;
  const db = await getDb();
  const [row] = await db.select({ id: redirects.id }).from(redirects).where(eq(redirects.id, id));
  return Boolean(row);
}

/** Addresses every signed-in user may open (the list, a new post, the dashboard's start): no lookup needed. */
const OPEN_TO_ALL = /^\/dashboard(?:\/beitraege(?:\/neu)?)?\/?$/;

/** Whether an address could name something missing or withheld; the proxy asks dashboardAccess only then. */
export function mayBeWithheld(pathname: string): boolean {
  return !OPEN_TO_ALL.test(pathname);
}

/**
 * "signed-out" when there is no active user (the page sends them to sign in), "missing" when the address names
 * nothing this user may see, else "ok". Addresses outside the dashboard and the preview are always "ok".
 */
export async function dashboardAccess(session: { id: number } | null, pathname: string): Promise<"ok" | "missing" | "signed-out"> {
  const preview = /^\/vorschau\/([^/]+)\/?$/.exec(pathname);
  const dashboard = /^\/dashboard(?:\/(.*?))?\/?$/.exec(pathname);
  if (!preview && !dashboard) return "ok";
  const user = session ? await getActiveUser(session) : null;
  if (!user) return "signed-out";
  if (preview) return (await canSeePost(user, idOf(preview[1]))) ? "ok" : "missing";
  const rest = dashboard?.[1] ?? "";
  const screen = screens[rest];
  if (screen) return screen(user) ? "ok" : "missing";
  const item = /^(beitraege|seiten|weiterleitungen)\/([^/]+)(?:\/versionen)?$/.exec(rest);
  // Screens this table does not know are left to their own pages.
  if (!item) return "ok";
  const id = idOf(item[2]);
  if (item[1] === "weiterleitungen") return (await canSeeRedirect(user, id)) ? "ok" : "missing";
  return (item[1] === "beitraege" ? await canSeePost(user, id) : await canSeePage(user, id)) ? "ok" : "missing";
}
