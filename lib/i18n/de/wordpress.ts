// German messages of the WordPress import and export (command line and report).
export const wordpress = {
  at: (line: number, column: number) => `Zeile ${line}, Spalte ${column}`,
  notWxr: (line: number, column: number) =>
    `Die Datei ist kein WordPress-Export (WXR): ${wordpress.at(line, column)}. Erwartet wird eine Datei aus „Werkzeuge → Daten exportieren“ mit <rss> und <wp:wxr_version>.`,
  doctype: (line: number, column: number) =>
    `Die Datei enthält eine Dokumenttyp-Definition (DOCTYPE) in ${wordpress.at(line, column)}. WordPress-Exporte haben keine; aus Sicherheitsgründen wird die Datei nicht gelesen.`,
  malformed: (line: number, column: number, detail: string) =>
    `Die Datei ist kein gültiges XML – Fehler in ${wordpress.at(line, column)} (${detail}). Was davor vollständig gelesen wurde, ist importiert; ab dem fehlerhaften Eintrag nichts.`,
  empty: "Die Datei ist leer oder enthält kein XML.",
  unreadable: (file: string, detail: string) => `Die Datei „${file}“ lässt sich nicht lesen: ${detail}`,
  usage:
    "Aufruf: npm run import:wordpress -- <export.xml> [--uploads <Ordner>] [--dry-run] [--site <Adresse>]",
  exportUsage: "Aufruf: npm run export:wordpress -- <ausgabe.xml> [--media <Ordner>]",
  exported: (file: string, c: { authors: number; categories: number; tags: number; posts: number; pages: number; media: number }) =>
    `${file}: ${c.posts} Beiträge, ${c.pages} Seiten, ${c.media} Dateien, ${c.categories} Kategorien, ${c.tags} Schlagwörter, ${c.authors} Personen.`,
  uploadsMissing: (folder: string) => `Der Ordner für --uploads „${folder}“ existiert nicht.`,
  phases: {
    scan: "Datei lesen",
    authors: "Autorinnen und Autoren",
    terms: "Kategorien und Schlagwörter",
    media: "Medien",
    content: "Beiträge und Seiten",
  },
  kinds: {
    authors: "Autorinnen und Autoren",
    categories: "Kategorien",
    tags: "Schlagwörter",
    media: "Medien",
    posts: "Beiträge",
    pages: "Seiten",
    comments: "Kommentare",
    redirects: "Weiterleitungen",
  },
  outcomes: { created: "neu", updated: "geändert", unchanged: "unverändert", skipped: "übersprungen" },
  dryRun: "Probelauf (--dry-run): nichts wurde geschrieben.",
  reportWritten: (file: string) => `Bericht: ${file}`,
  warningsHeading: (n: number) => (n === 1 ? "1 Hinweis:" : `${n} Hinweise:`),
  noWarnings: "Keine Hinweise.",
  warnings: {
    privatePost: (title: string) => `„${title}“ ist in WordPress privat: als Entwurf importiert, nicht veröffentlicht.`,
    passwordPost: (title: string) =>
      `„${title}“ ist in WordPress passwortgeschützt: als Entwurf importiert, nicht veröffentlicht.`,
    unknownShortcode: (name: string, title: string) => `Unbekannter Shortcode [${name}] in „${title}“: als Text behalten.`,
    missingFile: (path: string) => `Datei fehlt im Upload-Ordner: ${path}`,
    noUploads: (path: string) => `Datei nicht übernommen (kein --uploads angegeben): ${path}`,
    fileRefused: (path: string, problem: string) => `Datei abgelehnt (${problem}): ${path}`,
    coverWithoutAlt: (title: string) =>
      `Titelbild von „${title}“ hat keinen Alternativtext und wurde nicht gesetzt: Alternativtext in der Mediathek ergänzen, dann als Titelbild wählen.`,
    imageWithoutAlt: (path: string) => `Bild ohne Alternativtext: ${path}`,
    tooManyCategories: (title: string, kept: string) =>
      `„${title}“ hat mehr als drei Kategorien; übernommen: ${kept}.`,
    noCategory: (title: string, used: string) => `„${title}“ hat keine Kategorie; zugeordnet: ${used}.`,
    slugChanged: (kind: string, from: string, to: string) => `${kind}-Adresse „${from}“ ist vergeben oder reserviert: „${to}“ verwendet.`,
    truncated: (field: string, title: string, max: number) => `${field} von „${title}“ auf ${max} Zeichen gekürzt.`,
    legalPage: (title: string, target: string) =>
      `Seite „${title}“ gehört in die strukturierte ${target} (Dashboard → Rechtliches); als Seite importiert.`,
    unknownAuthor: (login: string, title: string) => `„${title}“ nennt unbekannten Autor „${login}“: dem Import-Konto zugeordnet.`,
    skippedType: (type: string, n: number) => `${n} Einträge vom Typ „${type}“ übersprungen.`,
    spamComments: (n: number) => `${n} Spam- oder Papierkorb-Kommentare nicht übernommen.`,
    trashedItem: (title: string) => `„${title}“ liegt in WordPress im Papierkorb: nicht übernommen.`,
    refused: (title: string, message: string) => `„${title}“ nicht übernommen: ${message}`,
    editedHere: "in Blattwerk bearbeitet, Änderungen der Quelle nicht übernommen",
    duplicateTerm: (slug: string) => `Begriff „${slug}“ mehrfach in der Datei: einmal angelegt.`,
    categoryFlattened: (name: string, top: string) =>
      `Kategorie „${name}“ liegt in WordPress tiefer als eine Ebene: als Unterkategorie von „${top}“ übernommen.`,
  },
};
