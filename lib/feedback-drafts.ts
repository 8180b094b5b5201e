// Feedback that could not be saved, held briefly in server memory so the form can show it again: the reader's
// text survives a validation error or a database failure without a cookie, a script or the text in a URL.
import { randomBytes } from "node:crypto";

export type FeedbackValues = { name: string; email: string; pageUrl: string; message: string };
export type FeedbackDraft = { values: FeedbackValues; message: string; fieldErrors: Record<string, string> };

const TTL_MS = 30 * 60 * 1000;
const MAX_DRAFTS = 1000;

// On globalThis: the route handler that stores and the page that reads may be bundled as separate modules.
const store = ((globalThis as { blattwerkFeedbackDrafts?: Map<string, { draft: FeedbackDraft; expires: number }> })
  .blattwerkFeedbackDrafts ??= new Map());

function prune(now: number) {
  for (const [token, entry] of store) if (entry.expires <= now) store.delete(token);
  // Oldest first (Map keeps insertion order): a flood of bad submissions cannot grow memory without bound.
  while (store.size >= MAX_DRAFTS) store.delete(store.keys().next().value!);
}

export function keepDraft(draft: FeedbackDraft, now = Date.now()): string {
  prune(now);
  const token = randomBytes(16).toString("hex");
  store.set(token, { draft, expires: now + TTL_MS });
  return token;
}

export function findDraft(token: string | undefined, now = Date.now()): FeedbackDraft | null {
  if (!token || !/^[0-9a-f]{32}$/.test(token)) return null;
  const entry = store.get(token);
  return entry && entry.expires > now ? entry.draft : null;
}
