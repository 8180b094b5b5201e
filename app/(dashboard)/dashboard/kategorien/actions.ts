"use server";

import { idFrom } from "@/lib/route-params";
import { updateTag } from "next/cache";
import { auth } from "@/auth";
import { getDb } from "@/db/connection";
import type { Result } from "@/db/mutations/actor";
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

const t = tEditorial.taxonomy;

async function session() {
  const id = Number((await auth())?.user?.id);
  return Number.isInteger(id) && id > 0 ? { id } : null;
}

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
function finish(result: Result<unknown>, success: string): FormState {
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  updateTag(CONTENT_TAG);
  return { ok: true, message: success };
}

/** A category's fields: the series' and, when the form has one, the parent ("" for the top level). */
function categoryFields(form: FormData) {
  const parent = form.get("parentId");
  return { ...fields(form), ...(parent === null ? {} : { parentId: String(parent) }) };
}

export async function createCategoryAction(form: FormData): Promise<FormState> {
  return finish(await createCategory(await getDb(), await session(), categoryFields(form)), t.saved);
}

export async function updateCategoryAction(form: FormData): Promise<FormState> {
  const db = await getDb();
  const move = form.get("move");
  if (move === "up" || move === "down") return finish(await moveCategory(db, await session(), idOf(form), move), t.saved);
  if (form.get("intent") === "delete") return finish(await deleteCategory(db, await session(), idOf(form), optionalId(form)), t.deleted);
  return finish(await updateCategory(db, await session(), idOf(form), categoryFields(form)), t.saved);
}

export async function createSeriesAction(form: FormData): Promise<FormState> {
  return finish(await createSeries(await getDb(), await session(), fields(form)), t.saved);
}

export async function updateSeriesAction(form: FormData): Promise<FormState> {
  const db = await getDb();
  if (form.get("intent") === "delete") return finish(await deleteSeries(db, await session(), idOf(form), optionalId(form)), t.deleted);
  return finish(await updateSeries(db, await session(), idOf(form), fields(form)), t.saved);
}
