"use server";

// The tags screen's actions. Each resolves the session itself; who may act is decided in db/mutations/tags.ts.
import { updateTag as dropCacheTag } from "next/cache";
import { auth } from "@/auth";
import { getDb } from "@/db/connection";
import type { Result } from "@/db/mutations/actor";
import { deleteTag, mergeTags, updateTag } from "@/db/mutations/tags";
import type { FormState } from "@/components/dashboard/action-form";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { idFrom } from "@/lib/route-params";
import { tTaxonomy } from "@/lib/i18n";

const t = tTaxonomy.tags;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

// Tag names show under articles, on tag pages, in feeds and in the search, as category names do: like a category
// change, any change drops the reader cache.
function finish(result: Result<unknown>, success: string): FormState {
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  dropCacheTag(CONTENT_TAG);
  return { ok: true, message: success };
}

export async function updateTagAction(form: FormData): Promise<FormState> {
  const db = await getDb();
  const id = idFrom(form.get("id"));
  const intent = form.get("intent");
  if (intent === "delete") return finish(await deleteTag(db, await session(), id), t.deleted);
  if (intent === "merge") {
    const merged = await mergeTags(db, await session(), id, idFrom(form.get("into")));
    return finish(merged, merged.ok ? t.merged(merged.value.from, merged.value.into) : "");
  }
  const fields = {
    name: String(form.get("name") ?? ""),
    slug: String(form.get("slug") ?? ""),
    description: String(form.get("description") ?? ""),
  };
  return finish(await updateTag(db, await session(), id, fields), t.saved);
}
