"use server";

import { updateTag } from "next/cache";
import { auth } from "@/auth";
import type { FormState } from "@/components/dashboard/action-form";
import { getDb } from "@/db/connection";
import { createPage, updatePage } from "@/db/mutations/pages";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { deEditorial } from "@/lib/i18n/de";

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

function fields(form: FormData) {
  return {
    title: String(form.get("title") ?? ""),
    slug: String(form.get("slug") ?? ""),
    body: String(form.get("body") ?? ""),
    status: String(form.get("status") ?? ""),
  };
}

export async function createPageAction(form: FormData): Promise<FormState> {
  const result = await createPage(await getDb(), await session(), fields(form));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  updateTag(CONTENT_TAG);
  return { ok: true, message: deEditorial.pages.created };
}

export async function updatePageAction(form: FormData): Promise<FormState> {
  const result = await updatePage(await getDb(), await session(), Number(form.get("id")), fields(form));
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  updateTag(CONTENT_TAG);
  return { ok: true, message: deEditorial.pages.saved };
}
