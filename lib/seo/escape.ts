// Escaping for text placed into HTML-typed feed fields and for JSON inside a <script> element.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const xmlSpecials = /[&<>"']/;

export function escapeXml(text: string): string {
  // Most URLs have nothing to escape; the test keeps a 50,000-URL sitemap from running five replaces per URL.
  return xmlSpecials.test(text) ? escapeHtml(text).replace(/'/g, "&apos;") : text;
}

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify leaves "<" alone, so a headline
 * containing "</script>" would end the element and let the rest run as HTML; \u003c is the same string to a
 * JSON parser. U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
