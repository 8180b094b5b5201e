// Licences editors pick most often, with the address a credit line links to; anything else is typed by hand.
export const commonLicences: { name: string; url: string }[] = [
  { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.de" },
  { name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/deed.de" },
  { name: "CC BY-ND 4.0", url: "https://creativecommons.org/licenses/by-nd/4.0/deed.de" },
  { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/deed.de" },
  { name: "Alle Rechte vorbehalten", url: "" },
];

export function licenceUrlFor(name: string): string {
  return commonLicences.find((licence) => licence.name.toLowerCase() === name.trim().toLowerCase())?.url ?? "";
}
