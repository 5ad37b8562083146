import { describe, expect, it } from "vitest";
import { hashKey, Rng, WeightedTable } from "./rng";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("Rng", () => {
  it("repeats the same stream for the same key and differs for another", () => {
    const a = Rng.fromKey(42, "x");
    const b = Rng.fromKey(42, "x");
    const c = Rng.fromKey(43, "x");
    const sa = Array.from({ length: 8 }, () => a.u32());
    expect(Array.from({ length: 8 }, () => b.u32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.u32())).not.toEqual(sa);
  });

  it("does not confuse key parts that concatenate alike", () => {
    expect(hashKey("ab", "c")).not.toEqual(hashKey("a", "bc"));
    expect(hashKey(1, 23)).not.toEqual(hashKey(12, 3));
  });

  it.each([
    [0, 0],
    [1, 6],
    [-5, 5],
    [120, 200],
  ])("int(%i, %i) stays in range and reaches both ends", (lo, hi) => {
    const rng = Rng.fromKey("int", lo, hi);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const v = rng.int(lo, hi);
      expect(v).toBeGreaterThanOrEqual(lo);
      expect(v).toBeLessThanOrEqual(hi);
      seen.add(v);
    }
    expect(seen.has(lo) && seen.has(hi)).toBe(true);
  });

  it("makes lowercase version-4 UUIDs", () => {
    const rng = Rng.fromKey("uuid");
    const ids = Array.from({ length: 2000 }, () => rng.uuid());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(["01", "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"])(
    "chars draws every symbol of %s",
    (alphabet) => {
      const s = Rng.fromKey("chars", alphabet).chars(alphabet, 4000);
      expect(s).toHaveLength(4000);
      expect(new Set(s).size).toBe(alphabet.length);
      expect([...s].every((c) => alphabet.includes(c))).toBe(true);
    },
  );

  it("shuffles into a permutation", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = Rng.fromKey("shuffle").shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it("gaussian has mean about 0 and spread about 1", () => {
    const rng = Rng.fromKey("gauss");
    const xs = Array.from({ length: 20000 }, () => rng.gaussian());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(sd - 1)).toBeLessThan(0.05);
  });
});

describe("WeightedTable", () => {
  it("picks in proportion to the weights and never picks a zero weight", () => {
    const t = new WeightedTable<string>([["a", 1], ["b", 3], ["never", 0], ["c", 6]]);
    const rng = Rng.fromKey("weights");
    const counts: Record<string, number> = { a: 0, b: 0, c: 0, never: 0 };
    for (let i = 0; i < 20000; i++) counts[t.pick(rng)]++;
    expect(counts.never).toBe(0);
    expect(counts.a / 20000).toBeCloseTo(0.1, 1);
    expect(counts.b / 20000).toBeCloseTo(0.3, 1);
    expect(counts.c / 20000).toBeCloseTo(0.6, 1);
  });

  it("refuses to pick from an empty table", () => {
    const t = new WeightedTable<string>([["x", 0]]);
    expect(t.empty).toBe(true);
    expect(() => t.pick(Rng.fromKey("e"))).toThrow(RangeError);
  });
});
