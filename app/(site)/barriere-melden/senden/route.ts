// POST /barriere-melden/senden: the „Barriere melden“ form, a plain HTML form that needs no JavaScript. Answers with
// a redirect (post/redirect/get): to the thanks, or back to the form with the reader's text kept as a draft.
import { connection } from "next/server";
import { getDb } from "@/db/connection";
import { submitFeedback } from "@/db/mutations/feedback";
import { senderKey } from "@/lib/feedback";
import { clientAddress } from "@/lib/http/client-address";
import { keepDraft, type FeedbackValues } from "@/lib/feedback-drafts";
import { t } from "@/lib/i18n";
import { siteUrl } from "@/lib/site-url";

function back(query: string): Response {
  return Response.redirect(new URL(`/barriere-melden?${query}`, siteUrl()), 303);
}

export async function POST(request: Request) {
  await connection();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back("");
  }
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values: FeedbackValues = { name: text("name"), email: text("email"), pageUrl: text("pageUrl"), message: text("message") };
  try {
    const result = await submitFeedback(await getDb(), values, { key: senderKey(clientAddress(request.headers)), honeypot: text("website") });
    if (result.ok) return back("gesendet=1");
    return back(`entwurf=${keepDraft({ values, message: result.message, fieldErrors: result.fieldErrors ?? {} })}`);
  } catch (error) {
    // Whatever went wrong, the reader keeps the text and learns that it was not saved.
    console.error("Feedback could not be saved", error);
    return back(`entwurf=${keepDraft({ values, message: t.feedback.failed, fieldErrors: {} })}`);
  }
}
