// Why restoring a revision was refused, as the restore actions name it in the revisions page's address (`?fehler=…`).
import type { Refusal } from "@/db/mutations/actor";

export const restoreFailures = ["veraltet", "adresse", "version", "rechte", "ungueltig"] as const;
export type RestoreFailure = (typeof restoreFailures)[number];

export function restoreFailureOf(result: Pick<Refusal, "reason" | "fieldErrors">): RestoreFailure {
  if (result.fieldErrors?.slug) return "adresse";
  switch (result.reason) {
    case "conflict":
      return "veraltet";
    case "not_found":
      return "version";
    case "forbidden":
      return "rechte";
    default:
      return "ungueltig";
  }
}
