// The post list's table: sortable column headers (plain links, so sorting works without JavaScript), the publication
// date, and a checkbox per row for the bulk actions.
import Link from "next/link";
import type { DashboardPostRow, PostSort, SortDirection } from "@/db/queries/dashboard-posts";
import { formatDateTime } from "@/lib/format";
import { SelectAllCheckbox } from "./select-all-checkbox";
import { tEditorial } from "@/lib/i18n";

const t = tEditorial;
const p = tEditorial.postTools;

function SortHeader({
  column,
  label,
  sort,
  direction,
  href,
}: {
  column: PostSort;
  label: string;
  sort: PostSort | undefined;
  direction: SortDirection;
  href: (column: PostSort) => string;
}) {
  const active = sort === column;
  return (
    <th scope="col" className="p-2" aria-sort={active ? (direction === "auf" ? "ascending" : "descending") : undefined}>
      <Link prefetch={false} href={href(column)} className="text-brand underline-offset-4 hover:underline">
        {label}
        {active && (
          <>
            {" "}
            <span aria-hidden="true">{direction === "auf" ? "▲" : "▼"}</span>
          </>
        )}
      </Link>
    </th>
  );
}

export function PostListTable({
  items,
  sort,
  direction,
  sortHref,
  selectable,
}: {
  items: DashboardPostRow[];
  sort: PostSort | undefined;
  direction: SortDirection;
  sortHref: (column: PostSort) => string;
  selectable: boolean;
}) {
  const header = { sort, direction, href: sortHref };
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            {selectable && (
              <th scope="col" className="w-8 p-2">
                <SelectAllCheckbox label={p.bulk.selectAll} name="ids" />
              </th>
            )}
            <SortHeader column="titel" label={t.list.columns.title} {...header} />
            <SortHeader column="status" label={t.list.columns.status} {...header} />
            <th scope="col" className="p-2">{t.list.columns.author}</th>
            <th scope="col" className="p-2">{t.list.columns.categories}</th>
            <SortHeader column="datum" label={p.list.date} {...header} />
            <SortHeader column="geaendert" label={t.list.columns.updated} {...header} />
          </tr>
        </thead>
        <tbody>
          {items.map((post) => {
            const title = post.title || t.list.untitled;
            return (
              <tr key={post.id} className="border-b border-slate-200">
                {selectable && (
                  <td className="p-2">
                    <input type="checkbox" name="ids" value={post.id} aria-label={p.bulk.select(title)} className="h-4 w-4" />
                  </td>
                )}
                <td className="p-2">
                  <Link prefetch={false} href={`/dashboard/beitraege/${post.id}`} className="font-semibold text-brand underline">
                    {title}
                  </Link>
                </td>
                <td className="p-2">{t.status[post.status]}</td>
                <td className="p-2">{post.authorName}</td>
                <td className="p-2">{post.categories.join(", ")}</td>
                <td className="p-2">
                  {post.publishedAt ? (
                    <>
                      {post.status === "geplant" && `${p.list.scheduledFor} `}
                      <time dateTime={post.publishedAt.toISOString()}>{formatDateTime(post.publishedAt)}</time>
                    </>
                  ) : (
                    p.list.noDate
                  )}
                </td>
                <td className="p-2">
                  <time dateTime={post.updatedAt.toISOString()}>{formatDateTime(post.updatedAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
