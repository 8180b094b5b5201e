// The documents attached to an article: „Whitepaper: Social Media in Behörden (PDF, 1,2 MB)“.
import { t } from "@/lib/i18n";
import { formatFileSize, type Download } from "@/lib/media/view";

export function Downloads({ downloads }: { downloads: Download[] }) {
  if (downloads.length === 0) return null;
  return (
    <section aria-labelledby="downloads-titel" className="mt-10 rounded-md border border-slate-300 p-5">
      <h2 id="downloads-titel" className="text-lg font-bold">
        {t.downloads}
      </h2>
      <ul className="mt-3 flex flex-col gap-2">
        {downloads.map((download) => (
          <li key={download.url}>
            <a href={download.url} type={download.mimeType} className="text-brand underline underline-offset-4">
              {t.download(download.title, download.label, formatFileSize(download.byteSize))}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
