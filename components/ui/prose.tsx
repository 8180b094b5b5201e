// Long-form text set with the typography plugin; the HTML must already be sanitised (lib/markdown).
export function Prose({ html }: { html: string }) {
  return (
    <div
      className="prose prose-lg max-w-none font-serif prose-headings:font-sans prose-a:text-brand prose-blockquote:border-brand/40 prose-img:rounded-md"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
