// Why restoring a revision was refused, as the restore actions name it in the revisions page's address (`?fehler=…`).

export const restoreFailures = ["veraltet", "adresse", "version", "rechte", "ungueltig"] as const;
export type RestoreFailure = (typeof restoreFailures)[number];

export function restoreFailureOf(result: { status: number; fieldErrors?: Record<string, string> }): RestoreFailure {
  if (result.fieldErrors?.slug) return "adresse";
  if (result.status === 409) return "veraltet";
  if (result.status === 404) return "version";
  if (result.status === 401 || result.status === 403) return "rechte";
  return "ungueltig";
}
