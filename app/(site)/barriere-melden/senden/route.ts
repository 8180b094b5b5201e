// POST /barriere-melden/senden: the „Barriere melden“ form, a plain HTML form that needs no JavaScript. Answers with
// a redirect (post/redirect/get): to the thanks, or back to the form with the reader's text kept as a draft.
import { connection } from "next/server";
import { database } from "@/lib/database";
import { submitFeedback } from "@/db/mutations/feedback";
import { keepFormDraft } from "@/db/mutations/form-drafts";
import { resubmitResponse } from "@/lib/early-responses";
import { senderKey } from "@/lib/feedback";
import { clientAddress } from "@/lib/http/client-address";
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
  const values = { name: text("name"), email: text("email"), pageUrl: text("pageUrl"), message: text("message") };
  let refusal: { message: string; fieldErrors?: Record<string, string> };
  try {
    const result = await submitFeedback(await database(), values, { key: senderKey(clientAddress(request)), honeypot: text("website") });
    if (result.ok) return back("gesendet=1");
    refusal = result;
  } catch (error) {
    // Whatever went wrong, the reader keeps the text and learns that it was not saved.
    console.error("Feedback could not be saved", error);
    refusal = { message: t.feedback.failed };
  }
  try {
    return back(`entwurf=${await keepFormDraft(await database(), "feedback", { values, ...refusal })}`);
  } catch (error) {
    // With the database gone the draft cannot be kept either: the answer carries the text back itself.
    console.error("Feedback draft could not be kept", error);
    const f = t.feedback;
    return resubmitResponse(f.failed, "/barriere-melden/senden", [
      { name: "message", label: f.message, value: values.message, multiline: true },
      { name: "pageUrl", label: f.pageUrl, value: values.pageUrl },
      { name: "name", label: f.name, value: values.name },
      { name: "email", label: f.email, value: values.email },
    ]);
  }
}
