// The structured fields of the Impressum (§ 5 DDG, § 18 MStV) and the Erklärung zur Barrierefreiheit (§ 12b BGG).

export type FieldSpec = { name: string; label: string; required: boolean; multiline?: boolean; hint?: string };

export const impressumFields = [
  { name: "organisation", label: "Name der Behörde oder des Unternehmens", required: true },
  { name: "address", label: "Anschrift", required: true, multiline: true, hint: "Straße, Hausnummer, PLZ, Ort – eine Zeile je Angabe." },
  { name: "representedBy", label: "Vertreten durch", required: true, hint: "z. B. die Bürgermeisterin oder der Geschäftsführer." },
  { name: "email", label: "E-Mail-Adresse", required: true },
  { name: "phone", label: "Telefon", required: true },
  { name: "supervisoryAuthority", label: "Aufsichtsbehörde", required: false, hint: "Falls es eine gibt." },
  { name: "register", label: "Registereintrag", required: false, hint: "Registergericht und Nummer, falls vorhanden." },
  { name: "vatId", label: "Umsatzsteuer-Identifikationsnummer", required: false, hint: "Falls vorhanden." },
  {
    name: "editorialResponsible",
    label: "Verantwortlich nach § 18 Abs. 2 MStV",
    required: true,
    multiline: true,
    hint: "Name und Anschrift der Person, die für die redaktionellen Inhalte verantwortlich ist.",
  },
] as const satisfies readonly FieldSpec[];

export const conformanceLevels = ["vollstaendig", "teilweise", "nicht"] as const;
export type Conformance = (typeof conformanceLevels)[number];

export const statementFields = [
  { name: "conformance", label: "Stand der Vereinbarkeit", required: true },
  {
    name: "nonAccessible",
    label: "Nicht barrierefreie Inhalte",
    required: false,
    multiline: true,
    hint: "Markdown: je Inhalt eine Aufzählung mit Begründung und barrierefreier Alternative.",
  },
  { name: "method", label: "Grundlage der Bewertung", required: false, hint: "z. B. „einer Selbstbewertung“ oder „eines BITV-Tests“." },
  { name: "preparedOn", label: "Erstellt am (JJJJ-MM-TT)", required: true },
  { name: "reviewedOn", label: "Zuletzt überprüft am (JJJJ-MM-TT)", required: true },
  { name: "contactEmail", label: "Kontakt für Feedback (E-Mail)", required: true },
  { name: "contactPhone", label: "Kontakt für Feedback (Telefon)", required: false },
  { name: "enforcementUrl", label: "Schlichtungsstelle (Adresse)", required: true },
] as const satisfies readonly FieldSpec[];

export type ImpressumField = (typeof impressumFields)[number]["name"];
export type StatementField = (typeof statementFields)[number]["name"];
export type Impressum = Record<ImpressumField, string>;
export type AccessibilityStatement = Record<StatementField, string>;

export const SCHLICHTUNGSSTELLE_URL = "https://www.schlichtungsstelle-bgg.de";

function fill<K extends string>(specs: readonly { name: K }[], raw: Record<string, unknown> | undefined, defaults: Partial<Record<K, string>> = {}) {
  return Object.fromEntries(
    specs.map(({ name }) => [name, typeof raw?.[name] === "string" ? (raw[name] as string) : (defaults[name] ?? "")]),
  ) as Record<K, string>;
}

export function toImpressum(raw: Record<string, unknown> | undefined): Impressum {
  return fill(impressumFields, raw);
}

export function toStatement(raw: Record<string, unknown> | undefined): AccessibilityStatement {
  return fill(statementFields, raw, { conformance: "teilweise", enforcementUrl: SCHLICHTUNGSSTELLE_URL });
}

/** Labels of the required fields still empty, for the dashboard's warning. */
export function missingFields<K extends string>(specs: readonly FieldSpec[], values: Record<K, string>): string[] {
  return specs.filter((spec) => spec.required && !values[spec.name as K]?.trim()).map((spec) => spec.label);
}

export function isConformance(value: string): value is Conformance {
  return (conformanceLevels as readonly string[]).includes(value);
}
