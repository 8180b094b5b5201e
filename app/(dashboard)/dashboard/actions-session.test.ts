// Every exported dashboard action is a public HTTP endpoint: called without a session, each one refuses before it
// sends a single query. The table must name every export, so a new action cannot skip the check unnoticed.
import { beforeEach, describe, expect, it } from "vitest";
import { signInForTests } from "@/db/testing/auth";
import { freshDatabaseFor } from "@/db/testing/databases";
import { invalidated } from "@/db/testing/next-cache";
import { tEditorial } from "@/lib/i18n";
import * as posts from "./beitraege/actions";
import * as postList from "./beitraege/list-actions";
import * as postTools from "./beitraege/tools-actions";
import * as users from "./benutzer/actions";
import * as footer from "./fusszeile/actions";
import * as taxonomy from "./kategorien/actions";
import * as comments from "./kommentare/actions";
import * as account from "./konto/actions";
import * as media from "./medien/actions";
import * as legal from "./rechtliches/actions";
import * as feedback from "./rueckmeldungen/actions";
import * as tags from "./schlagwoerter/actions";
import * as pages from "./seiten/actions";
import * as redirects from "./weiterleitungen/actions";

const modules = [posts, postList, postTools, users, footer, taxonomy, comments, account, media, legal, feedback, tags, pages, redirects];

const signedOut = { ok: false, message: tEditorial.errors.signedOut };
const form = () => {
  const data = new FormData();
  data.set("id", "1");
  return data;
};
const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path};`) });

// Each export, called as a browser would, and what a stranger gets back (a value, or the redirect it throws).
const strangerGets: Record<string, [() => Promise<unknown>, { returns: unknown } | { throws: unknown }]> = {
  runEditorCommand: [() => posts.runEditorCommand({ id: 1, version: 1, input: {}, command: "publish" }), { returns: { ok: false, status: 401 } }],
  loadLatestPostAction: [() => posts.loadLatestPostAction(1), { returns: { ok: false, status: 404 } }],
  renderPreviewAction: [() => posts.renderPreviewAction("# Hallo"), { returns: "" }],
  setPostPinnedAction: [() => posts.setPostPinnedAction(form()), { returns: signedOut }],
  deletePostAction: [() => posts.deletePostAction(form()), { throws: redirectTo("/dashboard/beitraege/1?fehler=401") }],
  restoreRevisionAction: [() => posts.restoreRevisionAction(form()), { throws: redirectTo("/dashboard/beitraege/0/versionen?fehler=rechte") }],
  bulkPostsAction: [() => postList.bulkPostsAction(form()), { returns: signedOut }],
  changeAuthorAction: [() => postTools.changeAuthorAction(form()), { returns: signedOut }],
  setPublicationDateAction: [() => postTools.setPublicationDateAction(form()), { returns: signedOut }],
  duplicatePostAction: [() => postTools.duplicatePostAction(form()), { returns: signedOut }],
  shareLinkAction: [() => postTools.shareLinkAction(form()), { returns: signedOut }],
  createUserAction: [() => users.createUserAction(form()), { returns: signedOut }],
  updateUserAction: [() => users.updateUserAction(form()), { returns: signedOut }],
  endUserSessionsAction: [() => users.endUserSessionsAction(form()), { returns: signedOut }],
  deleteUserAction: [() => users.deleteUserAction(form()), { returns: signedOut }],
  createFooterLinkAction: [() => footer.createFooterLinkAction(form()), { returns: signedOut }],
  updateFooterLinkAction: [() => footer.updateFooterLinkAction(form()), { returns: signedOut }],
  createCategoryAction: [() => taxonomy.createCategoryAction(form()), { returns: signedOut }],
  updateCategoryAction: [() => taxonomy.updateCategoryAction(form()), { returns: signedOut }],
  createSeriesAction: [() => taxonomy.createSeriesAction(form()), { returns: signedOut }],
  updateSeriesAction: [() => taxonomy.updateSeriesAction(form()), { returns: signedOut }],
  moderateCommentsAction: [() => comments.moderateCommentsAction(form()), { returns: signedOut }],
  editCommentAction: [() => comments.editCommentAction(form()), { returns: signedOut }],
  replyToCommentAction: [() => comments.replyToCommentAction(form()), { returns: signedOut }],
  saveCommentSettingsAction: [() => comments.saveCommentSettingsAction(form()), { returns: signedOut }],
  eraseCommentsAction: [() => comments.eraseCommentsAction(form()), { returns: signedOut }],
  setPostCommentsOpenAction: [() => comments.setPostCommentsOpenAction(form()), { returns: signedOut }],
  changePasswordAction: [() => account.changePasswordAction(form()), { returns: signedOut }],
  endOwnSessionsAction: [() => account.endOwnSessionsAction(), { returns: signedOut }],
  updateMediaDetailsAction: [() => media.updateMediaDetailsAction(form()), { returns: signedOut }],
  describeUploadedImageAction: [() => media.describeUploadedImageAction(1, "Alt", false), { returns: signedOut }],
  deleteMediaAction: [() => media.deleteMediaAction(form()), { returns: signedOut }],
  restoreMediaAction: [() => media.restoreMediaAction(1), { returns: signedOut }],
  saveImpressumAction: [() => legal.saveImpressumAction(form()), { returns: signedOut }],
  saveStatementAction: [() => legal.saveStatementAction(form()), { returns: signedOut }],
  setFeedbackStatusAction: [() => feedback.setFeedbackStatusAction(form()), { returns: signedOut }],
  deleteFeedbackAction: [() => feedback.deleteFeedbackAction(form()), { returns: signedOut }],
  updateTagAction: [() => tags.updateTagAction(form()), { returns: signedOut }],
  createPageAction: [() => pages.createPageAction(form()), { returns: signedOut }],
  savePageAction: [() => pages.savePageAction({ id: 1, version: 1, input: {} }), { returns: { ok: false, status: 401 } }],
  loadLatestPageAction: [() => pages.loadLatestPageAction(1), { returns: { ok: false, status: 404 } }],
  restorePageRevisionAction: [() => pages.restorePageRevisionAction(form()), { throws: redirectTo("/dashboard/seiten/0/versionen?fehler=rechte") }],
  createRedirectAction: [() => redirects.createRedirectAction(form()), { returns: signedOut }],
  updateRedirectAction: [() => redirects.updateRedirectAction(form()), { returns: signedOut }],
  deleteRedirectAction: [() => redirects.deleteRedirectAction(form()), { returns: signedOut }],
};

describe("dashboard actions without a session", () => {
  // Installed as the app's database, so an action that did reach the data layer would show up in its queries.
  const { queries } = freshDatabaseFor("pglite");

  beforeEach(() => {
    signInForTests(null);
    invalidated.reset();
  });

  it("are all in the table", () => {
    const exported = modules.flatMap((module) => Object.entries(module).filter(([, value]) => typeof value === "function").map(([name]) => name));
    expect(exported.sort()).toEqual(Object.keys(strangerGets).sort());
  });

  it.each(Object.entries(strangerGets))("%s refuses without a query and drops nothing", async (_name, [call, outcome]) => {
    if ("throws" in outcome) await expect(call()).rejects.toMatchObject(outcome.throws as object);
    else if (typeof outcome.returns === "object") expect(await call()).toMatchObject(outcome.returns as object);
    else expect(await call()).toEqual(outcome.returns);
    expect(queries()).toEqual([]);
    expect(invalidated).toMatchObject({ tags: [], refreshes: 0 });
  });
});
