import { describe, expect, it } from "vitest";
import { demoSource, load } from "../detect/testing/load";
import { benchDetect, sliceRecordReader } from "./detect-section";

describe("benchmark detection section", () => {
  it("runs every rule on the loaded table and counts the findings", async () => {
    const src = demoSource();
    const { data } = await load([src]);
    const result = await benchDetect(data.table, sliceRecordReader(data.table, src, "jsonl"));
    // The demo's backdoor, admin grant and four night bursts at least.
    expect(result.findings).toBeGreaterThanOrEqual(6);
  });

  it("reads raw records back by slicing the one input file", async () => {
    const src = demoSource({ days: 8 });
    const { data } = await load([src]);
    const read = sliceRecordReader(data.table, src, "jsonl");
    for (const row of [0, 5, data.table.size - 1]) expect((await read(row)).eventID).toBe(data.table.eventId(row));
  });
});
