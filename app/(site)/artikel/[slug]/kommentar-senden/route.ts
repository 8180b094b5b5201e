// POST /artikel/<slug>/kommentar-senden: the comment form, a plain HTML form that needs no JavaScript. Answers with a
// redirect (post/redirect/get) to the article: with the thanks, or with the reader's text kept as a draft.
import { connection } from "next/server";
import { expireReaderCaches } from "@/lib/cache/invalidate";
import { database } from "@/lib/database";
import { submitComment } from "@/db/mutations/comments";
import { keepFormDraft } from "@/db/mutations/form-drafts";
import { findCommentablePostId } from "@/db/queries/comments";
import { tagFor } from "@/lib/cache-tags";
import { stampAgeSeconds } from "@/lib/comment-stamp";
import { getConfig } from "@/lib/config";
import { resubmitResponse } from "@/lib/early-responses";
import { senderKey } from "@/lib/feedback";
import { draftForms } from "@/lib/form-drafts";
import { clientAddress } from "@/lib/http/client-address";
import { t } from "@/lib/i18n";
import { parseSlug } from "@/lib/route-params";
import { siteUrl } from "@/lib/site-url";

const c = t.comments;
/** Far more than 5,000 characters can take; a bigger body is not read at all. */
const MAX_BODY_BYTES = 1_000_000;

function to(path: string): Response {
  return Response.redirect(new URL(path, siteUrl()), 303);
}

export async function POST(request: Request, { params }: RouteContext<"/artikel/[slug]/kommentar-senden">) {
  await connection();
  const slug = parseSlug((await params).slug);
  if (slug === null) return new Response(null, { status: 404 });
  const article = `/artikel/${slug}`;
  const back = (query: string) => to(`${article}?${query}#kommentar-formular`);
  const db = await database().catch(() => null);

  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
    if (!db) return to(article);
    const token = await keepFormDraft(db, "comment", { values: {}, message: c.invalid, fieldErrors: { body: c.bodyTooLong(MAX_BODY_BYTES) } });
    return back(`entwurf=${token}`);
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return to(article);
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values = { name: text("name"), email: text("email"), body: text("body"), parentId: text("parentId") };
  let refusal: { message: string; fieldErrors?: Record<string, string> };
  let postId: number | null = null;
  try {
    if (!db) throw new Error("The database is not available.");
    postId = await findCommentablePostId(db, slug);
    if (postId === null) return to(article);
    const result = await submitComment(db, postId, values, {
      key: senderKey(clientAddress(request), undefined, "comment"),
      honeypot: text("website"),
      formAgeSeconds: stampAgeSeconds(text("stamp")),
      // COMMENT_MIN_FILL_SECONDS: the end-to-end tests set 0, since they fill a form faster than any person.
      minFillSeconds: getConfig().commentMinFillSeconds,
    });
    if (result.ok) {
      if (result.value.status === "approved") {
        await expireReaderCaches({ tags: [tagFor.comments(postId)] }, "route");
        return to(`${article}?kommentar=veroeffentlicht#kommentar-${result.value.id}`);
      }
      return back("kommentar=danke");
    }
    refusal = result;
  } catch (error) {
    // Whatever went wrong, the reader keeps the text and learns that it was not saved.
    console.error("Comment could not be saved", error);
    refusal = { message: c.failed };
  }
  const fieldErrors = { ...refusal.fieldErrors };
  if (fieldErrors.body && values.body.length > draftForms.comment.body) fieldErrors.body += ` ${c.bodyKeptPart}`;
  try {
    if (!db) throw new Error("The database is not available.");
    const token = await keepFormDraft(db, "comment", { values: { ...values, postId: String(postId ?? "") }, message: refusal.message, fieldErrors });
    return back(`entwurf=${token}`);
  } catch (error) {
    // With the database gone the draft cannot be kept either: the answer carries the text back itself.
    console.error("Comment draft could not be kept", error);
    return resubmitResponse(c.failed, `${article}/kommentar-senden`, [
      { name: "body", label: c.body, value: values.body, multiline: true },
      { name: "name", label: c.name, value: values.name },
      { name: "email", label: c.email, value: values.email },
      { name: "parentId", label: "", value: values.parentId, hidden: true },
      { name: "stamp", label: "", value: text("stamp"), hidden: true },
    ]);
  }
}
