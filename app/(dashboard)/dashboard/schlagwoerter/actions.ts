"use server";

// The tags screen's actions; who may act is decided in db/mutations/tags.ts.
import { deleteTag, mergeTags, updateTag } from "@/db/mutations/tags";
import type { FormState } from "@/components/dashboard/action-form";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { idFrom } from "@/lib/route-params";
import { tTaxonomy } from "@/lib/i18n";
import { formAction } from "@/lib/server-action";

const t = tTaxonomy.tags;

// Tag names show under articles, on tag pages, in feeds and in the search, as category names do: like a category
// change, any change drops the reader cache.
const dropsReaderCache = { tags: [CONTENT_TAG] };

export async function updateTagAction(form: FormData): Promise<FormState> {
  const id = idFrom(form.get("id"));
  const intent = form.get("intent");
  if (intent === "delete") return formAction(({ db, user }) => deleteTag(db, user, id), { answer: t.deleted, invalidate: dropsReaderCache });
  if (intent === "merge") {
    return formAction(({ db, user }) => mergeTags(db, user, id, idFrom(form.get("into"))), {
      answer: (merged) => t.merged(merged.from, merged.into),
      invalidate: dropsReaderCache,
    });
  }
  const fields = {
    name: String(form.get("name") ?? ""),
    slug: String(form.get("slug") ?? ""),
    description: String(form.get("description") ?? ""),
  };
  return formAction(({ db, user }) => updateTag(db, user, id, fields), { answer: t.saved, invalidate: dropsReaderCache });
}
