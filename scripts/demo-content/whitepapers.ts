// Two short whitepapers of our own for the demo's download lists, written as minimal PDF files in code.

export type DemoWhitepaper = { fileName: string; title: string; attachTo: string; lines: string[] };

export const demoWhitepapers: DemoWhitepaper[] = [
  {
    fileName: "whitepaper-social-media-strategie.pdf",
    title: "Whitepaper: Social-Media-Strategie für Behörden",
    attachTo: "social-media-strategie-in-fuenf-schritten",
    lines: [
      "Amtsblatt digital - Whitepaper",
      "Social-Media-Strategie für Behörden in fünf Schritten",
      "",
      "1. Ziele festlegen: Wen wollen wir erreichen, und wozu?",
      "2. Kanäle wählen: lieber zwei Kanäle gut als fünf halbherzig.",
      "3. Zuständigkeiten klären: Redaktion, Freigabe, Vertretung.",
      "4. Redaktionsplan anlegen: feste Formate, feste Zeiten.",
      "5. Auswerten: Reichweite, Rückfragen, Aufwand.",
    ],
  },
  {
    fileName: "checkliste-dsgvo-social-media.pdf",
    title: "Checkliste: DSGVO-Pflichten auf Social Media",
    attachTo: "dsgvo-pflichten-fuer-behoerden-auf-social-media",
    lines: [
      "Amtsblatt digital - Checkliste",
      "DSGVO-Pflichten für Behörden auf Social Media",
      "",
      "- Datenschutzhinweise für jeden Kanal veröffentlichen",
      "- Gemeinsame Verantwortlichkeit mit der Plattform prüfen",
      "- Keine personenbezogenen Daten in Direktnachrichten erfragen",
      "- Löschfristen für Kommentare und Nachrichten festlegen",
    ],
  },
];

/** A one-page PDF (Helvetica, WinAnsi) with the given lines; enough for any PDF viewer and for type detection. */
export function simplePdf(lines: string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = ["BT", "/F1 12 Tf", "16 TL", "56 780 Td", ...lines.map((line) => `(${escape(line)}) '`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
