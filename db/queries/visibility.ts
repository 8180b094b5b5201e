// The one definition of "a reader may see this post", written literally so the partial indexes apply.
import "server-only";
import { sql } from "drizzle-orm";
import { posts } from "../schema";

/** Published and not in the trash; matches the predicate of the posts_reader_* partial indexes. */
export const readerVisible = sql`${posts.status} = 'published' and ${posts.deletedAt} is null`;

/** Visible and due: a post scheduled for later stays hidden until its time has come. */
export const readerVisibleAndDue = sql`${readerVisible} and ${posts.publishedAt} <= now()`;

/** What the post sitemaps list: visible and due, and not marked „nicht indexieren“ (readable, not offered to crawlers). */
export const readerIndexable = sql`${readerVisibleAndDue} and not ${posts.noindex}`;
