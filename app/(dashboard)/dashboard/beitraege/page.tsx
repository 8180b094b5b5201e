import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/dashboard/action-form";
import { PostBulkControls } from "@/components/dashboard/post-bulk-controls";
import { PostListTable } from "@/components/dashboard/post-list-table";
import {
  countPostsInReview,
  defaultDirection,
  getEditorChoices,
  listDashboardPosts,
  postSorts,
  sortDirections,
  statusFilters,
  type PostSort,
  type SortDirection,
  type StatusFilter,
} from "@/db/queries/dashboard-posts";
import { requireUser } from "@/lib/current-user";
import { tEditorial } from "@/lib/i18n";
import { bulkPostsAction } from "./list-actions";
import { can } from "@/lib/permissions";
import { parsePageNumber } from "@/lib/route-params";

const t = tEditorial;
const p = tEditorial.postTools;

export const metadata: Metadata = { title: t.list.title };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function positiveId(value: string): number | undefined {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}

export default async function PostListPage({ searchParams }: PageProps<"/dashboard/beitraege">) {
  const user = await requireUser("/dashboard/beitraege");
  const params = await searchParams;
  const status = statusFilters.find((value) => value === one(params.status)) as StatusFilter | undefined;
  const categoryId = positiveId(one(params.kategorie));
  const authorId = positiveId(one(params.autor));
  const q = one(params.q).slice(0, 200);
  const page = parsePageNumber(one(params.seite) || "1") ?? 1;
  const sort = postSorts.find((value) => value === one(params.sortiert)) as PostSort | undefined;
  const direction = (sortDirections.find((value) => value === one(params.richtung)) ??
    (sort ? defaultDirection[sort] : "ab")) as SortDirection;
  const [list, choices, inReview] = await Promise.all([
    listDashboardPosts(user, { status, categoryId, authorId, q, page, sort, direction }),
    getEditorChoices(user),
    countPostsInReview(user),
  ]);
  const query = (target: number, order: { sort?: PostSort; direction?: SortDirection } = { sort, direction }) => {
    const search = new URLSearchParams();
    if (status) search.set("status", status);
    if (categoryId) search.set("kategorie", String(categoryId));
    if (authorId) search.set("autor", String(authorId));
    if (q) search.set("q", q);
    if (order.sort) {
      search.set("sortiert", order.sort);
      search.set("richtung", order.direction ?? defaultDirection[order.sort]);
    }
    search.set("seite", String(target));
    return `/dashboard/beitraege?${search}`;
  };
  // A column chosen again turns its direction round; a new column starts in its natural direction.
  const sortHref = (column: PostSort) =>
    query(1, { sort: column, direction: sort === column ? (direction === "auf" ? "ab" : "auf") : defaultDirection[column] });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t.list.title}</h1>
        <Link prefetch={false} href="/dashboard/beitraege/neu" className="rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark">
          {t.nav.newPost}
        </Link>
      </div>
      <form method="get" aria-label={t.list.filters} className="mt-6 flex flex-wrap items-end gap-3 rounded border border-slate-300 bg-white p-4">
        <label className="flex flex-col text-sm font-semibold">
          {t.list.status}
          <select name="status" defaultValue={status ?? ""} className="mt-1 rounded border border-slate-400 px-2 py-1.5 font-normal">
            <option value="">{t.list.allStatuses}</option>
            {statusFilters.map((value) => (
              <option key={value} value={value}>
                {t.status[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-semibold">
          {t.list.category}
          <select name="kategorie" defaultValue={categoryId ?? ""} className="mt-1 rounded border border-slate-400 px-2 py-1.5 font-normal">
            <option value="">{t.list.allCategories}</option>
            {choices.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
        {can.seeAllPosts(user) && (
          <label className="flex flex-col text-sm font-semibold">
            {t.list.author}
            <select name="autor" defaultValue={authorId ?? ""} className="mt-1 rounded border border-slate-400 px-2 py-1.5 font-normal">
              <option value="">{t.list.allAuthors}</option>
              {choices.authors.map((author) => (
                <option key={author.id} value={author.id}>
                  {author.displayName}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col text-sm font-semibold">
          {t.list.search}
          <input type="search" name="q" defaultValue={q} className="mt-1 rounded border border-slate-400 px-2 py-1.5 font-normal" />
        </label>
        {sort && (
          <>
            <input type="hidden" name="sortiert" value={sort} />
            <input type="hidden" name="richtung" value={direction} />
          </>
        )}
        <button type="submit" className="rounded border border-brand/40 bg-white px-4 py-1.5 text-sm font-semibold text-brand">
          {t.list.apply}
        </button>
      </form>
      {can.publish(user) && (
        <p className="mt-4 text-sm">
          <Link prefetch={false} href="/dashboard/beitraege?status=pruefung" className="font-semibold text-brand underline"
            aria-current={status === "pruefung" ? "page" : undefined}>
            {p.list.awaitingReview} ({inReview})
          </Link>
        </p>
      )}
      <p className="mt-4 text-sm text-muted" aria-live="polite">
        {t.list.count(list.total)}
      </p>
      {list.items.length === 0 ? (
        <p className="mt-4">{t.list.empty}</p>
      ) : (
        <ActionForm action={bulkPostsAction} label={p.bulk.legend} resetOnSuccess messageFirst>
          <PostBulkControls categories={choices.categories} canPublish={can.publish(user)} />
          <PostListTable items={list.items} sort={sort} direction={direction} sortHref={sortHref} selectable />
        </ActionForm>
      )}
      {list.pageCount > 1 && (
        <nav aria-label={t.list.pagination} className="mt-6 flex justify-between text-sm">
          {list.page > 1 ? <Link prefetch={false} href={query(list.page - 1)} className="text-brand underline">{t.list.previous}</Link> : <span />}
          <span>{t.list.pageOf(list.page, list.pageCount)}</span>
          {list.page < list.pageCount ? <Link prefetch={false} href={query(list.page + 1)} className="text-brand underline">{t.list.next}</Link> : <span />}
        </nav>
      )}
    </>
  );
}
