// The demo's legal pages and statements: placeholder text written for Blattwerk, to be completed by the publisher.
import type { AccessibilityStatement, Impressum } from "@/lib/legal";

export const demoImpressum: Impressum = {
  organisation: "Amtsblatt digital – Demo-Redaktion",
  address: "Musterstraße 1\n12345 Musterstadt",
  representedBy: "Erika Mustermann, Leiterin der Redaktion",
  email: "redaktion@amtsblatt-digital.example",
  phone: "+49 30 1234567-0",
  supervisoryAuthority: "",
  register: "",
  vatId: "",
  editorialResponsible: "Jana Wiesner\nMusterstraße 1\n12345 Musterstadt",
};

export const demoStatement: AccessibilityStatement = {
  conformance: "teilweise",
  nonAccessible: [
    "- **Ältere PDF-Dokumente** in einzelnen Beiträgen sind nicht vollständig barrierefrei (fehlende Tags und Lesereihenfolge). Wir überarbeiten sie nach und nach; auf Anfrage schicken wir Ihnen den Inhalt als barrierefreies Dokument.",
    "- **Videos von Drittanbietern** sind nur verlinkt. Untertitel stellen die Anbieter bereit; eine Textfassung schicken wir Ihnen auf Anfrage.",
  ].join("\n"),
  method: "einer Selbstbewertung mit automatischen Prüfungen (axe) und Tests mit Tastatur und Screenreader",
  preparedOn: "2026-11-01",
  reviewedOn: "2026-11-20",
  contactEmail: "barrierefreiheit@amtsblatt-digital.example",
  contactPhone: "+49 30 1234567-0",
  enforcementUrl: "https://www.schlichtungsstelle-bgg.de",
};

export const demoPages = [
  {
    slug: "datenschutz",
    title: "Datenschutzerklärung",
    status: "published" as const,
    body: `
Diese Erklärung ist eine Vorlage der Demo-Redaktion. Ergänzen Sie die markierten Stellen, bevor Sie die Website öffentlich betreiben.

## 1. Verantwortliche Stelle

Verantwortlich für die Datenverarbeitung auf dieser Website ist die im [Impressum](/impressum) genannte Stelle.

**Datenschutzbeauftragte:** _[Name und Kontaktdaten ergänzen]_

## 2. Was beim Lesen dieser Website geschieht

- Wir setzen **keine Cookies** und speichern nichts in Ihrem Browser.
- Wir binden **keine Inhalte anderer Anbieter** ein: keine Schriften, Skripte, Videos oder Statistikdienste. Alle Dateien kommen von unserem eigenen Server.
- Videos und Beiträge aus sozialen Netzwerken zeigen wir nur als Link. Erst wenn Sie ihn anklicken, verlassen Sie unsere Website.

## 3. Server-Protokolle

Beim Aufruf einer Seite verarbeitet unser Server technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene Adresse, Browserkennung), um die Seite auszuliefern und Angriffe abzuwehren. Rechtsgrundlage: _[z. B. § 3 BDSG bzw. Art. 6 Abs. 1 lit. e DSGVO ergänzen]_. Speicherdauer: _[ergänzen]_.

## 4. Formular „Barriere melden“

Wenn Sie uns eine Barriere melden, speichern wir Ihre Nachricht, die genannte Seite und – falls Sie sie angeben – Ihren Namen und Ihre E-Mail-Adresse, um Ihre Meldung zu bearbeiten und Ihnen zu antworten. Zum Schutz vor massenhaften Einsendungen speichern wir einen verschlüsselten Kurzwert Ihrer IP-Adresse für höchstens einen Tag. Speicherdauer der Meldung: _[ergänzen]_.

## 5. Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch sowie das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren: _[zuständige Aufsichtsbehörde ergänzen]_.
`,
  },
  {
    slug: "leichte-sprache",
    title: "Leichte Sprache",
    status: "published" as const,
    body: `
## Willkommen bei Amtsblatt digital

Das ist eine Internet-Seite.
Die Seite heißt: Amtsblatt digital.

Auf der Seite stehen Texte.
Die Texte sind für Menschen in Ämtern.
Zum Beispiel: im Rathaus.

## Worum geht es in den Texten?

Ämter schreiben im Internet.
Zum Beispiel bei Instagram oder Mastodon.
Das nennt man: **Soziale Medien**.

Wir schreiben auf:

- Wie Ämter gut in sozialen Medien schreiben.
- Was Ämter dabei beachten müssen.
- Was andere Ämter gut machen.

## Wie finde ich mich zurecht?

Oben auf der Seite ist ein Such-Feld.
Dort können Sie ein Wort eingeben.
Dann finden Sie passende Texte.

Ganz unten auf jeder Seite sind Links.
Dort finden Sie:

- das **Impressum**.
  Da steht: Wer hat diese Seite gemacht?
- die **Datenschutz-Erklärung**.
  Da steht: Was passiert mit Ihren Daten?
- **Barriere melden**.
  Etwas auf der Seite klappt nicht?
  Dann schreiben Sie uns.
  Wir antworten Ihnen.
`,
  },
];
