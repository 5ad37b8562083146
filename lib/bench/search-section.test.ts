import { describe, expect, it } from "vitest";
import { SEED_SEARCHES } from "../search/seed-searches";
import { demoContext } from "../search/testing/fixture";
import { benchSearch } from "./search-section";

describe("benchSearch", () => {
  it("times each of the seed's six searches once per policy run, named after its title", async () => {
    const ctx = await demoContext();
    const timings = await benchSearch(ctx.dataset, { warmups: 0, minRuns: 1, minMs: 0, maxRuns: 1 });
    expect(timings.map((t) => t.name)).toEqual(SEED_SEARCHES.map((s) => `spl: ${s.title}`));
    for (const t of timings) expect(t.p95Ms).toBeGreaterThanOrEqual(t.p50Ms);
  });

  it("fails loudly when a search fails instead of timing an error", async () => {
    const ctx = await demoContext();
    const broken = Object.create(ctx.dataset, { table: { value: { ...ctx.dataset.table, hasField: () => false } } });
    await expect(benchSearch(broken as never, { warmups: 0, minRuns: 1, minMs: 0, maxRuns: 1 })).rejects.toThrow(/seed search/);
  });
});
