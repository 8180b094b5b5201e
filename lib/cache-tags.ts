// Cache tags shared by the cached reader queries and everything that invalidates them.

/** Every cached reader query carries this tag; changes that show on every page (navigation) drop it. */
export const CONTENT_TAG = "content";
/** Lists of posts: front page, feeds, sitemaps, social images (search results follow the posts they show). */
export const POST_LISTS_TAG = "posts";
/** The next scheduled publication, which bounds every cache's lifetime. */
export const SCHEDULE_TAG = "schedule";
/** The site's comment settings (default open, closing after N days), which every article's comment section reads. */
export const COMMENT_SETTINGS_TAG = "comment-settings";
/** The category navigation in the header of every page. */
export const NAVIGATION_TAG = "navigation";

/** Tags of one post's dependents, by id (known once a query found it) and by slug (also for "not found"). */
export const tagFor = {
  post: (id: number) => `post:${id}`,
  postSlug: (slug: string) => `post-slug:${slug}`,
  category: (id: number) => `category:${id}`,
  /** A tag's page and feeds, by id once found, and by slug (an unknown tag's page becomes one when a post gets it). */
  tag: (id: number) => `tag:${id}`,
  tagSlug: (slug: string) => `tag-slug:${slug}`,
  author: (id: number) => `author:${id}`,
  series: (id: number) => `series:${id}`,
  /** A post's approved comments and its open/closed state: the article and every teaser that shows its count. */
  comments: (postId: number) => `comments:${postId}`,
  /** One post sitemap (`/sitemaps/beitraege-<n>.xml`): a post change drops its own file and every later one. */
  sitemapPosts: (file: number) => `sitemap-posts:${file}`,
  /** Every cached reader query that shows a library file (cover, inline image, download) carries its item's tag. */
  media: (id: number) => `media:${id}`,
};
