// Long-form text set with the typography plugin; the HTML must already be sanitised (lib/markdown).
// `deferOffscreen`: text blocks far below the first screen are laid out only when a reader scrolls near them
// (globals.css, `.prose-deferred`), so the first view does not wait for them.
export function Prose({ html, deferOffscreen = false }: { html: string; deferOffscreen?: boolean }) {
  return (
    <div
      className={`prose prose-lg max-w-none font-serif prose-headings:font-sans prose-a:text-brand prose-blockquote:border-brand/40 prose-img:rounded-md${deferOffscreen ? " prose-deferred" : ""}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
