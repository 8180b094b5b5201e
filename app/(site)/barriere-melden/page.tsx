import type { Metadata } from "next";
import { headers } from "next/headers";
import { SitePage } from "@/components/site/site-page";
import { FeedbackForm, type FeedbackFormState } from "@/components/site/feedback-form";
import { pagePathFrom } from "@/lib/feedback";
import { database } from "@/lib/database";
import { findFormDraft } from "@/db/queries/form-drafts";
import { t } from "@/lib/i18n";
import { pageMetadata } from "@/lib/seo/metadata";
import { siteUrl } from "@/lib/site-url";

// The page address is prefilled from ?seite= or the Referer, and the answer of the form arrives as ?gesendet=1 or
// ?entwurf=<token>, so this page renders per request. It blocks instead of streaming, so that a browser without
// JavaScript gets the whole form (see /suche).
export const instant = false;

export const metadata: Metadata = pageMetadata({ title: t.feedback.title, description: t.feedback.intro, path: "/barriere-melden", feeds: [] });

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function formState(params: Record<string, string | string[] | undefined>): Promise<FeedbackFormState> {
  const draft = await findFormDraft(await database(), "feedback", one(params.entwurf));
  if (draft) return { status: "error", message: draft.message, fieldErrors: draft.fieldErrors, values: draft.values };
  const origin = siteUrl();
  const fromLink = pagePathFrom(one(params.seite), origin) || pagePathFrom((await headers()).get("referer") ?? undefined, origin);
  const pageUrl = fromLink.startsWith("/barriere-melden") ? "" : fromLink;
  const values = { name: "", email: "", pageUrl, message: "" };
  return one(params.gesendet) === "1" ? { status: "sent", message: t.feedback.sent, values } : { status: "idle", values };
}

export default async function ReportBarrierPage({ searchParams }: PageProps<"/barriere-melden">) {
  const state = await formState(await searchParams);
  return (
    <SitePage>
      <div className="mx-auto max-w-3xl">
        <h1 className="font-heading text-3xl font-bold sm:text-4xl">{t.feedback.title}</h1>
        <p className="mt-4 text-lg">{t.feedback.intro}</p>
        <FeedbackForm state={state} />
      </div>
    </SitePage>
  );
}
