// Vitest stand-in for next/cache: outside a Next.js server there is no cache to tag or expire. What code asks to
// drop is recorded, so a test can check that an action invalidates exactly what it names.
export const invalidated = {
  tags: [] as string[],
  refreshes: 0,
  reset(): void {
    this.tags.length = 0;
    this.refreshes = 0;
  },
};

/** Every tag a cached function named (nested ones included, as Next hands theirs to the entry around them). */
export const tagged = {
  tags: [] as string[],
  reset(): void {
    this.tags.length = 0;
  },
};

export function cacheTag(...tags: string[]): void {
  tagged.tags.push(...tags);
}
export function cacheLife(_profile: unknown): void {}
export function updateTag(tag: string): void {
  invalidated.tags.push(tag);
}
export function revalidateTag(_tag: string, _profile?: unknown): void {}
export function refresh(): void {
  invalidated.refreshes++;
}
