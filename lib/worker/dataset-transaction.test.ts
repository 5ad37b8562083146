/**
 * "Nothing lost": whatever a later load does (bad files, a read that fails, a cancel midway, an
 * unexpected exception), what was loaded before stays, row for row and report for report.
 */
import { describe, expect, it } from "vitest";
import { bytesSource, type ByteSource } from "../cloudtrail/source";
import { jsonLines, makeRecord } from "../cloudtrail/testing/factory";
import { Dataset } from "./dataset";

const enc = new TextEncoder();

function linesSource(path: string, n: number): ByteSource {
  return bytesSource(path, enc.encode(jsonLines(Array.from({ length: n }, () => makeRecord()))));
}

/** A source whose stream delivers `good` records, then fails like a file that vanished mid-read. */
function failingSource(path: string, good: number): ByteSource {
  const bytes = enc.encode(jsonLines(Array.from({ length: good }, () => makeRecord())));
  return {
    path,
    size: bytes.length * 2,
    stream: () => {
      let pulls = 0;
      return new ReadableStream<Uint8Array>(
        {
          pull(c) {
            if (pulls++ === 0) c.enqueue(bytes);
            else c.error(new Error("NotReadableError: the file could not be read"));
          },
        },
        { highWaterMark: 0 },
      );
    },
  };
}

/** A source whose stream() throws: not a bad file but a bug, which must roll the load back. */
function throwingSource(path: string): ByteSource {
  return {
    path,
    size: 10,
    stream: () => {
      throw new TypeError("boom");
    },
  };
}

async function withA(): Promise<{ d: Dataset; snapshot: () => unknown }> {
  const d = new Dataset();
  await d.ingest([linesSource("a.jsonl", 7)]);
  const state = () => ({ ids: Array.from({ length: d.table.size }, (_, r) => d.table.value("eventId", r)), files: d.summary().files });
  const a = state();
  return { d, snapshot: () => ({ now: state(), a }) };
}

describe("a later load never drops what was loaded before", () => {
  it("keeps A when the next load is only bad files, and reports them", async () => {
    const { d } = await withA();
    await d.ingest([bytesSource("empty.json", new Uint8Array()), bytesSource("junk.json", enc.encode("{\"Records\": [ {"))]);
    const s = d.summary();
    expect(s.events).toBe(7);
    expect(s.files.map((f) => [f.path, f.errorCount])).toEqual([["a.jsonl", 0], ["empty.json", 1], ["junk.json", 1]]);
  });

  it("keeps the records read before a file fails mid-read, and names the file and line", async () => {
    const { d } = await withA();
    await d.ingest([failingSource("vanished.jsonl", 3)]);
    const r = d.summary().files[1]!;
    expect(r).toMatchObject({ path: "vanished.jsonl", events: 3, errorCount: 1 });
    expect(r.errors[0]).toMatchObject({ line: 4, message: expect.stringContaining("the file could not be read") });
    expect(d.table.size).toBe(10);
  });

  it.each([
    ["cancelled midway through its second file", "cancel"],
    ["thrown by a bug in its second file", "throw"],
  ] as const)("rolls a load %s back to A plus the earlier bad load, then loads B whole", async (_, how) => {
    const { d, snapshot } = await withA();
    await d.ingest([bytesSource("bad.json", enc.encode("not json"))]);
    const before = (snapshot() as { now: unknown }).now;
    const abort = new AbortController();
    let files = 0;
    const second = how === "cancel" ? linesSource("b2.jsonl", 5000) : throwingSource("b2.jsonl");
    const job = d.ingest([linesSource("b1.jsonl", 20), second], {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.files === 1 && ++files > 1) abort.abort();
      },
    });
    if (how === "cancel") {
      // Progress fires once per finished file and while the second is read; cancel during the second.
      await expect(job).rejects.toMatchObject({ name: "AbortError" });
    } else {
      await expect(job).rejects.toThrow("boom");
    }
    expect((snapshot() as { now: unknown }).now).toEqual(before);
    const b = await d.ingest([linesSource("b1.jsonl", 20), linesSource("b2.jsonl", 30)]);
    expect(b.map((r) => r.events)).toEqual([20, 30]);
    expect(d.summary().files.map((f) => f.path)).toEqual(["a.jsonl", "bad.json", "b1.jsonl", "b2.jsonl"]);
    expect(d.table.size).toBe(57);
  });
});
