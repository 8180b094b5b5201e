// Vitest stand-in for next/cache: outside a Next.js server there is no cache to tag or expire, so these record nothing.
export function cacheTag(..._tags: string[]): void {}
export function cacheLife(_profile: unknown): void {}
export function updateTag(_tag: string): void {}
export function revalidateTag(_tag: string, _profile?: unknown): void {}
