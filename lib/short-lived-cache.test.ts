import { afterEach, describe, expect, it, vi } from "vitest";
import { shortLivedCache } from "./short-lived-cache";

afterEach(() => vi.useRealTimers());

describe("shortLivedCache", () => {
  it("answers repeated keys from memory until they expire", async () => {
    vi.useFakeTimers();
    const cache = shortLivedCache<string>({ name: "test-expiry", ttlMs: 1000, maxEntries: 10 });
    const load = vi.fn(async () => "value");
    expect(await cache.get("a", load)).toBe("value");
    expect(await cache.get("a", load)).toBe("value");
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1001);
    await cache.get("a", load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one load among concurrent misses", async () => {
    const cache = shortLivedCache<number>({ name: "test-concurrency", ttlMs: 1000, maxEntries: 10 });
    let calls = 0;
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 5));
    expect(await Promise.all(Array.from({ length: 20 }, () => cache.get("k", load)))).toEqual(Array(20).fill(1));
  });

  it("forgets failures and evicts the oldest entries beyond its size", async () => {
    const cache = shortLivedCache<string>({ name: "test-eviction", ttlMs: 60_000, maxEntries: 2 });
    await expect(cache.get("x", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("x", async () => "up")).toBe("up");
    await cache.get("y", async () => "y");
    await cache.get("z", async () => "z");
    const reload = vi.fn(async () => "x again");
    expect(await cache.get("x", reload)).toBe("x again");
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("shares its entries with every cache of the same name, so one can clear what another remembers", async () => {
    const proxySide = shortLivedCache<string>({ name: "test-shared", ttlMs: 60_000, maxEntries: 10 });
    const actionSide = shortLivedCache<string>({ name: "test-shared", ttlMs: 60_000, maxEntries: 10 });
    await proxySide.get("slug", async () => "before");
    actionSide.clear();
    expect(await proxySide.get("slug", async () => "after")).toBe("after");
  });
});
