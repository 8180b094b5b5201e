// What a kept form draft may hold: each form names its fields and how much of each is kept, so a stored draft is
// bounded whatever a client sends (the database store is db/mutations/form-drafts.ts).
import { randomBytes } from "node:crypto";

/** Characters kept per field. Generous beside each form's own limits, so a text refused as too long comes back. */
export const draftForms = {
  feedback: { name: 500, email: 500, pageUrl: 1000, message: 20_000 },
  comment: { name: 500, email: 500, body: 20_000, parentId: 20, postId: 20 },
} as const;

export type DraftForm = keyof typeof draftForms;
export type DraftValues<F extends DraftForm> = Record<keyof (typeof draftForms)[F], string>;
export type FormDraft<F extends DraftForm> = { values: DraftValues<F>; message: string; fieldErrors: Record<string, string> };

/** How long a reader has to come back to a refused form. */
export const DRAFT_TTL_MINUTES = 30;
const MESSAGE_LIMIT = 1000;

/** PostgreSQL text and jsonb cannot hold NUL; the reader sees where one was. */
function storable(value: string, limit: number): string {
  return value.slice(0, limit).replaceAll("\u0000", "\uFFFD");
}

/** The draft cut down to its form's fields and limits; anything else a client sent is dropped. */
export function boundDraft<F extends DraftForm>(form: F, draft: { values: Record<string, unknown>; message: string; fieldErrors?: Record<string, string> }): FormDraft<F> {
  const spec = draftForms[form] as Record<string, number>;
  const values: Record<string, string> = {};
  for (const [field, limit] of Object.entries(spec)) {
    const value = draft.values[field];
    values[field] = typeof value === "string" ? storable(value, limit) : "";
  }
  const fieldErrors: Record<string, string> = {};
  for (const [field, error] of Object.entries(draft.fieldErrors ?? {})) {
    if (field in spec) fieldErrors[field] = storable(error, MESSAGE_LIMIT);
  }
  return { values: values as DraftValues<F>, message: storable(draft.message, MESSAGE_LIMIT), fieldErrors };
}

/** Every field of a form, empty: the start state of a form. */
export function emptyValues<F extends DraftForm>(form: F): DraftValues<F> {
  return Object.fromEntries(Object.keys(draftForms[form]).map((field) => [field, ""])) as DraftValues<F>;
}

export function newDraftToken(): string {
  return randomBytes(16).toString("hex");
}

export function isDraftToken(token: string | undefined): token is string {
  return typeof token === "string" && /^[0-9a-f]{32}$/.test(token);
}
