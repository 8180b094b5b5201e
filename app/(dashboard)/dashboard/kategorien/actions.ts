"use server";

// The categories' and series' server actions; who may change them is decided in db/mutations/taxonomy.ts.
import { idFrom } from "@/lib/route-params";
import {
  createCategory,
  createSeries,
  deleteCategory,
  deleteSeries,
  moveCategory,
  updateCategory,
  updateSeries,
} from "@/db/mutations/taxonomy";
import type { FormState } from "@/components/dashboard/action-form";
import { CONTENT_TAG } from "@/lib/cache-tags";
import { tEditorial } from "@/lib/i18n";
import { formAction } from "@/lib/server-action";

const t = tEditorial.taxonomy;

function fields(form: FormData) {
  return {
    name: String(form.get("name") ?? ""),
    slug: String(form.get("slug") ?? ""),
    description: String(form.get("description") ?? ""),
  };
}

function idOf(form: FormData, name = "id"): number {
  return idFrom(form.get(name));
}

function optionalId(form: FormData): number | null {
  const raw = String(form.get("reassignTo") ?? "");
  return raw === "" ? null : idFrom(raw);
}

// Names and order of categories and series appear on every reader page: any change drops the reader cache.
function changed(answer: string) {
  return { answer, invalidate: { tags: [CONTENT_TAG] } };
}

/** A category's fields: the series' and, when the form has one, the parent ("" for the top level). */
function categoryFields(form: FormData) {
  const parent = form.get("parentId");
  return { ...fields(form), ...(parent === null ? {} : { parentId: String(parent) }) };
}

export async function createCategoryAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => createCategory(db, user, categoryFields(form)), changed(t.saved));
}

export async function updateCategoryAction(form: FormData): Promise<FormState> {
  const move = form.get("move");
  if (move === "up" || move === "down") return formAction(({ db, user }) => moveCategory(db, user, idOf(form), move), changed(t.saved));
  if (form.get("intent") === "delete") {
    return formAction(({ db, user }) => deleteCategory(db, user, idOf(form), optionalId(form)), changed(t.deleted));
  }
  return formAction(({ db, user }) => updateCategory(db, user, idOf(form), categoryFields(form)), changed(t.saved));
}

export async function createSeriesAction(form: FormData): Promise<FormState> {
  return formAction(({ db, user }) => createSeries(db, user, fields(form)), changed(t.saved));
}

export async function updateSeriesAction(form: FormData): Promise<FormState> {
  if (form.get("intent") === "delete") {
    return formAction(({ db, user }) => deleteSeries(db, user, idOf(form), optionalId(form)), changed(t.deleted));
  }
  return formAction(({ db, user }) => updateSeries(db, user, idOf(form), fields(form)), changed(t.saved));
}
