import { gzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseLines, readSource, type RecordEmitter } from "./read";
import { collect, collectBytes } from "./testing/collect";
import { chunkedSource, eventBridgeEnvelope, jsonLines, lookupEvent, makeInsight, makeRecord, utf8 } from "./testing/factory";
import type { IngestError, NormalizedEvent } from "./types";

const recs = [makeRecord({ userAgent: "naïve “quotes” 🚀" }), makeInsight(), makeRecord({ eventTime: "bad" }), makeRecord({ demo_id: "exfil" })];

const files: [string, string][] = [
  ["s3.json", JSON.stringify({ Records: recs }, null, 2)],
  ["lines.jsonl", "\uFEFF" + jsonLines(recs, "\r\n") + "not json\n"],
  ["array.json", JSON.stringify(recs)],
  ["lookup.json", JSON.stringify({ Events: recs.map(lookupEvent) })],
  ["eb.jsonl", jsonLines(recs.map(eventBridgeEnvelope))],
  ["broken.json", JSON.stringify({ Records: recs }, null, 2).replace('"userIdentity": {', '"userIdentity": ')],
];

describe("readSource: chunk boundaries inside records", () => {
  it.each(files)("%s reads the same with 1-byte, 7-byte and whole chunks", async (path, text) => {
    const bytes = utf8(text);
    const whole = await collectBytes(path, bytes);
    expect(whole.events.length).toBeGreaterThan(0);
    for (const size of [1, 7]) {
      const chunked = await collect(chunkedSource(path, bytes, size));
      expect(chunked.reports).toEqual(whole.reports);
      expect(chunked.events).toEqual(whole.events);
    }
  });

  it("reports stored-byte progress as it reads", async () => {
    const bytes = utf8(jsonLines([makeRecord(), makeRecord()]));
    const c = await collect(chunkedSource("p.jsonl", bytes, 100));
    expect(c.progress.at(-1)).toBe(bytes.length);
    expect(c.progress.length).toBe(Math.ceil(bytes.length / 100));
  });
});

describe("readSource: cancellation", () => {
  it("stops promptly with an AbortError", async () => {
    const controller = new AbortController();
    const bytes = utf8(jsonLines(Array.from({ length: 200 }, () => makeRecord())));
    let records = 0;
    const run = readSource(
      chunkedSource("big.jsonl", bytes, 1000),
      {
        beginLeaf: () => 0,
        record: () => {
          if (++records === 5) controller.abort();
          return true;
        },
        endLeaf: () => {
          throw new Error("a cancelled read must not finish its leaf");
        },
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(records).toBeLessThan(20);
  });

  it("stops inside a zip archive too", async () => {
    const controller = new AbortController();
    const entry = () => utf8(jsonLines(Array.from({ length: 100 }, () => makeRecord())));
    const zip = zipSync({ "a.jsonl": entry(), "b.jsonl.gz": gzipSync(entry()), "c.jsonl": entry() });
    let records = 0;
    const ended: string[] = [];
    const run = readSource(
      chunkedSource("logs.zip", zip, 4096),
      {
        beginLeaf: () => 0,
        record: () => {
          if (++records === 150) controller.abort();
          return true;
        },
        endLeaf: (r) => ended.push(r.path),
      },
      { signal: controller.signal },
    );
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(ended).toEqual(["logs.zip!/a.jsonl"]);
    expect(records).toBe(150);
  });

  it("refuses to start when already cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    const sink = { beginLeaf: () => 0, record: () => true, endLeaf: () => undefined };
    await expect(readSource(chunkedSource("x", utf8("{}"), 1), sink, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});

/** Runs parseLines, collecting what it emits. */
function runLines(bytes: Uint8Array, base: number, firstLine: number, format = "jsonl") {
  const got: { events: [NormalizedEvent, number, number][]; errors: IngestError[]; warnings: IngestError[]; skipped: number; next: number } = {
    events: [],
    errors: [],
    warnings: [],
    skipped: 0,
    next: 0,
  };
  const emit: RecordEmitter = {
    event: (ev, offset, length) => got.events.push([ev, offset, length]),
    error: (e) => got.errors.push(e),
    warning: (w) => got.warnings.push(w),
    skip: () => got.skipped++,
  };
  got.next = parseLines(bytes, base, firstLine, format, emit, { now: Date.UTC(2026, 1, 1) });
  return got;
}

describe("parseLines (the parallel-ingest inner loop)", () => {
  it("gives the same records for any cut at newlines as for one pass", () => {
    const bytes = utf8(jsonLines([makeRecord(), "oops", makeRecord({ userAgent: "é" }), makeRecord(), makeRecord({ eventTime: "2027-01-01T00:00:00Z" })].map((v) => v)) + "\n" + JSON.stringify(makeRecord()));
    const one = runLines(bytes, 0, 1);
    expect(one.events).toHaveLength(5);
    expect(one.errors).toEqual([{ line: 2, message: "not a CloudTrail record: the JSON value is a string" }]);
    expect(one.warnings.map((w) => w.line)).toEqual([5]);
    expect(one.next).toBe(8);
    const cuts = [...bytes.keys()].filter((i) => bytes[i] === 10).map((i) => i + 1);
    for (const cut of cuts) {
      const a = runLines(bytes.subarray(0, cut), 0, 1);
      const b = runLines(bytes.subarray(cut), cut, a.next);
      expect([...a.events, ...b.events]).toEqual(one.events);
      expect([...a.errors, ...b.errors]).toEqual(one.errors);
      expect([...a.warnings, ...b.warnings]).toEqual(one.warnings);
    }
  });

  it("offsets locations by the range's base offset and skips blank lines", () => {
    const got = runLines(utf8(`\n  \n${JSON.stringify(makeRecord())}\r\n`), 1000, 40);
    expect(got.events.map(([, offset, length]) => [offset, length])).toEqual([[1004, JSON.stringify(makeRecord()).length]]);
    expect(got.next).toBe(43);
  });
});
