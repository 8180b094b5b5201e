// Saving the Impressum and the Erklärung zur Barrierefreiheit: admins only. Missing required fields are allowed
// (a half-filled Impressum beats none) and reported as a warning in the dashboard instead.
import "server-only";
import { sql } from "drizzle-orm";
import { withoutNul } from "@/lib/input-text";
import { tEditorial } from "@/lib/i18n";
import {
  impressumFields,
  isConformance,
  statementFields,
  toImpressum,
  toStatement,
  type AccessibilityStatement,
  type Impressum,
} from "@/lib/legal";
import { can } from "@/lib/permissions";
import type { Database } from "../client";
import { siteSettings } from "../schema";
import { loadActor, refuse, type Result, type SessionRef } from "./actor";
import { IMPRESSUM_KEY, STATEMENT_KEY } from "../queries/legal-keys";

const m = tEditorial.errors;
const l = tEditorial.legal;
const MAX_FIELD = 2000;

async function authorise(db: Database, session: SessionRef): Promise<Result<null>> {
  const actor = await loadActor(db, session);
  if (!actor) return refuse(401, m.signedOut);
  if (!can.manageLegal(actor)) return refuse(403, m.forbidden);
  return { ok: true, value: null };
}

function trimAll<T extends Record<string, string>>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as T;
}

function lengthErrors(values: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.filter((name) => (values[name] ?? "").length > MAX_FIELD).map((name) => [name, l.tooLong]));
}

async function store(db: Database, key: string, value: Record<string, string>) {
  await db
    .insert(siteSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value, updatedAt: sql`now()` } });
}

export async function saveImpressum(db: Database, session: SessionRef, raw: Record<string, unknown>): Promise<Result<Impressum>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const values = trimAll(toImpressum(withoutNul(raw)));
  const errors = lengthErrors(values, impressumFields.map((f) => f.name));
  if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = m.emailInvalid;
  if (Object.keys(errors).length > 0) return refuse(422, m.invalid, errors);
  await store(db, IMPRESSUM_KEY, values);
  return { ok: true, value: values };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function saveStatement(
  db: Database,
  session: SessionRef,
  raw: Record<string, unknown>,
): Promise<Result<AccessibilityStatement>> {
  const allowed = await authorise(db, session);
  if (!allowed.ok) return allowed;
  const values = trimAll(toStatement(withoutNul(raw)));
  const errors = lengthErrors(values, statementFields.map((f) => f.name));
  if (!isConformance(values.conformance)) errors.conformance = l.conformanceInvalid;
  for (const name of ["preparedOn", "reviewedOn"] as const) {
    if (values[name] && (!DATE.test(values[name]) || Number.isNaN(Date.parse(values[name])))) errors[name] = l.dateInvalid;
  }
  if (values.enforcementUrl && !/^https:\/\/\S+$/.test(values.enforcementUrl)) errors.enforcementUrl = l.urlInvalid;
  if (values.contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.contactEmail)) errors.contactEmail = m.emailInvalid;
  if (Object.keys(errors).length > 0) return refuse(422, m.invalid, errors);
  await store(db, STATEMENT_KEY, values);
  return { ok: true, value: values };
}
