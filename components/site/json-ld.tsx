// Structured data for search engines, escaped so no string inside can close the script element.
import { serializeJsonLd } from "@/lib/seo/escape";

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
