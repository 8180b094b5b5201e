// Shows what changed between two revisions, word by word for short fields and line by line for the body.
import { diffLines, diffWords, type Change } from "diff";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial.revisions;

function Changes({ changes, block }: { changes: Change[]; block: boolean }) {
  const Tag = block ? "pre" : "p";
  return (
    <Tag className={block ? "overflow-x-auto whitespace-pre-wrap rounded border border-slate-300 bg-white p-3 font-mono text-sm" : "rounded border border-slate-300 bg-white p-3"}>
      {changes.map((change, index) =>
        change.added ? (
          <ins key={index} className="bg-green-100 text-green-950 no-underline">
            <span className="sr-only">[{t.added}: </span>
            {change.value}
            <span className="sr-only">]</span>
          </ins>
        ) : change.removed ? (
          <del key={index} className="bg-red-100 text-red-950">
            <span className="sr-only">[{t.removed}: </span>
            {change.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={index}>{change.value}</span>
        ),
      )}
    </Tag>
  );
}

type Comparable = { title: string; slug: string; excerpt: string; body: string };

/** Pages have no excerpt: withExcerpt={false} leaves its row out. */
export function RevisionDiff({ from, to, withExcerpt = true }: { from: Comparable; to: Comparable; withExcerpt?: boolean }) {
  const fields: { label: string; changes: Change[]; block: boolean }[] = [
    { label: tEditorial.editor.title, changes: diffWords(from.title, to.title), block: false },
    { label: tEditorial.editor.slug, changes: diffWords(from.slug, to.slug), block: false },
    ...(withExcerpt ? [{ label: tEditorial.editor.excerpt, changes: diffWords(from.excerpt, to.excerpt), block: false }] : []),
    { label: tEditorial.editor.body, changes: diffLines(from.body, to.body), block: true },
  ];
  return (
    <div className="flex flex-col gap-4" data-testid="unterschiede">
      {fields.map((field) => (
        <section key={field.label}>
          <h3 className="mb-1 text-sm font-semibold">{field.label}</h3>
          <Changes changes={field.changes} block={field.block} />
        </section>
      ))}
    </div>
  );
}
