import { describe, expect, it } from "vitest";
import { createMix, createUniqueQueries, everyPath, MIX_WEIGHTS, seededRandom, zipfIndex } from "./mix";

const input = {
  articles: Array.from({ length: 1000 }, (_, i) => `artikel-${i}`),
  taxonomies: ["basics", "tag:instagram"],
  queries: ["Instagram", "Krisenkommunikation"],
  listPages: 50,
};

describe("reader mix", () => {
  it("warms every path the mix asks for, each once", () => {
    const warm = everyPath(input).map((r) => r.path);
    expect(new Set(warm).size).toBe(warm.length);
    expect(warm).toContain("/artikel/artikel-999");
    const next = createMix(input, 3);
    const asked = new Set(Array.from({ length: 20_000 }, () => next().path));
    expect([...asked].filter((path) => !warm.includes(path))).toEqual([]);
  });

  it("sends each page kind in its share of the issue's mix", () => {
    const next = createMix(input, 42);
    const counts: Record<string, number> = {};
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const { kind } = next();
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    for (const [kind, weight] of Object.entries(MIX_WEIGHTS)) {
      expect(Math.abs((counts[kind] ?? 0) / n - weight / 100)).toBeLessThan(0.015);
    }
  });

  it("is the same sequence for the same seed and another for another seed", () => {
    const paths = (seed: number) => {
      const next = createMix(input, seed);
      return Array.from({ length: 50 }, () => next().path);
    };
    expect(paths(1)).toEqual(paths(1));
    expect(paths(1)).not.toEqual(paths(2));
  });

  it("crowds readers onto a few hot articles and still reaches the long tail", () => {
    const random = seededRandom(3);
    const hits = new Array<number>(1000).fill(0);
    for (let i = 0; i < 50_000; i++) hits[zipfIndex(random, 1000)]! += 1;
    const top10 = hits.slice(0, 10).reduce((a, b) => a + b, 0);
    expect(top10 / 50_000).toBeGreaterThan(0.25);
    expect(hits.filter((n) => n > 0).length).toBeGreaterThan(900);
  });

  it("builds paths readers really ask for", () => {
    const next = createMix(input, 5);
    const paths = Array.from({ length: 2000 }, () => next().path);
    expect(paths).toContain("/");
    expect(paths.some((p) => p.startsWith("/schlagwort/instagram"))).toBe(true);
    expect(paths.some((p) => p.startsWith("/kategorie/basics"))).toBe(true);
    expect(paths.some((p) => p === "/suche?q=Krisenkommunikation")).toBe(true);
    expect(paths.every((p) => p.startsWith("/"))).toBe(true);
  });

  it("never repeats a query in the unique-query phase", () => {
    const next = createUniqueQueries();
    const paths = new Set(Array.from({ length: 5000 }, () => next().path));
    expect(paths.size).toBe(5000);
    // Nor do two streams with different seeds (one per load thread).
    const other = createUniqueQueries(8);
    expect(Array.from({ length: 5000 }, () => other().path).filter((path) => paths.has(path))).toEqual([]);
  });
});
