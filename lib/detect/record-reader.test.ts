import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ByteSource } from "../cloudtrail/source";
import { makeRecord } from "./testing/records";
import { load } from "./testing/load";

const records = Array.from({ length: 50 }, (_, i) => makeRecord({ eventTime: `2026-01-12T03:${String(i).padStart(2, "0")}:00Z`, requestParameters: { bucketName: "b", key: `k${i}` } }));
const text = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join("\n") + "\n");

/** A gzipped source without random access, counting how often it is streamed. */
function gzSource(counter: { opens: number }): ByteSource {
  const gz = gzipSync(text);
  return {
    path: "trail.jsonl.gz",
    size: gz.byteLength,
    stream: () => {
      counter.opens++;
      return new ReadableStream({ start: (c) => (c.enqueue(gz.slice(0, 100)), c.enqueue(gz.slice(100)), c.close()) });
    },
  };
}

describe("reading raw records back for the rules", () => {
  it("reads many rows of a compressed file in one pass, each record intact", async () => {
    const counter = { opens: 0 };
    const { ctx } = await load([gzSource(counter)]);
    const before = counter.opens;
    const rows = [49, 3, 17, 0, 25];
    const got = await ctx.readRecords(rows);
    expect(counter.opens - before).toBe(1);
    for (const r of rows) expect(got.get(r)).toEqual(records[r]);
  });

  it("serves repeated reads from the run's cache", async () => {
    const counter = { opens: 0 };
    const { ctx } = await load([gzSource(counter)]);
    await ctx.readRecords([1, 2]);
    const before = counter.opens;
    expect(await ctx.readRecord(2)).toEqual(records[2]);
    expect((await ctx.readRecords([1])).get(1)).toEqual(records[1]);
    expect(counter.opens).toBe(before);
  });

  it("leaves rows out when their file can no longer be read", async () => {
    const counter = { opens: 0 };
    const src = gzSource(counter);
    const { ctx } = await load([src]);
    src.stream = () => new ReadableStream({ start: (c) => c.error(new Error("file was removed")) });
    expect((await ctx.readRecords([4])).size).toBe(0);
  });
});
