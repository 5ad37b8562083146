import { Zip, ZipDeflate, gzipSync, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ZIP_LIMITS } from "./io/zip";
import { normalizeRecord } from "./normalize";
import { extractRecord } from "./read";
import { bytesAt, collectBytes, readAll, type Collected } from "./testing/collect";
import { jsonLines, makeRecord, utf8 } from "./testing/factory";

const AWSLOGS = "AWSLogs/123456789012/CloudTrail/us-east-1/2026/01";

/** An S3 delivery file with `n` records, gzipped as CloudTrail writes it. */
function s3File(n: number, overrides: Parameters<typeof makeRecord>[0] = {}): { gz: Uint8Array; text: string; ids: string[] } {
  const records = Array.from({ length: n }, () => makeRecord(overrides));
  const text = JSON.stringify({ Records: records });
  return { gz: gzipSync(strToU8(text)), text, ids: records.map((r) => r.eventID as string) };
}

/** Every location reads back, through leaf.open(), as the record that was loaded. */
async function expectReadBack(c: Collected): Promise<void> {
  for (const { ev, loc } of c.events) {
    const leaf = c.leaves[loc.sourceId];
    const again = normalizeRecord(extractRecord(leaf.format, await bytesAt(leaf, loc)));
    expect([again.eventId, again.time]).toEqual([ev.eventId, ev.time]);
  }
}

/** A zip built with fflate's streaming Zip: entries carry data descriptors, so sizes are unknown up front. */
async function streamingZip(entries: [string, Uint8Array][]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  await new Promise<void>((resolve, reject) => {
    const zip = new Zip((err, data, final) => {
      if (err) return reject(err);
      parts.push(data);
      if (final) resolve();
    });
    for (const [name, data] of entries) {
      const f = new ZipDeflate(name, { level: 9 });
      zip.add(f);
      f.push(data, true);
    }
    zip.end();
  });
  return readAll(new Blob(parts as BlobPart[]).stream() as ReadableStream<Uint8Array>);
}

describe("readSource: gzip", () => {
  it("reads a .json.gz delivery file and re-streams its decompressed bytes", async () => {
    const f = s3File(3);
    const c = await collectBytes(`${AWSLOGS}/12/123456789012_CloudTrail_us-east-1_20260112T0315Z_abc.json.gz`, f.gz);
    expect(c.reports).toEqual([expect.objectContaining({ format: "s3-records", events: 3, errorCount: 0, bytes: f.text.length })]);
    expect(c.events.map((e) => e.ev.eventId)).toEqual(f.ids);
    expect(c.leaves[0].slice).toBeUndefined();
    expect(new TextDecoder().decode(await readAll(c.leaves[0].open()))).toBe(f.text);
    await expectReadBack(c);
  });

  it("detects gzip by content, whatever the name", async () => {
    const c = await collectBytes("export.log", gzipSync(strToU8(jsonLines([makeRecord()]))));
    expect(c.reports[0]).toMatchObject({ format: "jsonl", events: 1 });
  });

  it("keeps the records before the cut of a truncated .gz and says it is truncated", async () => {
    const lines = Array.from({ length: 400 }, (_, i) => makeRecord({ eventID: `id-${i}`, requestID: `r${i}-${"x".repeat(i % 97)}` }));
    const gz = gzipSync(strToU8(jsonLines(lines)), { level: 1 });
    const c = await collectBytes("cut.jsonl.gz", gz.subarray(0, Math.floor(gz.length / 2)));
    const report = c.reports[0];
    expect(report.events).toBeGreaterThan(50);
    expect(report.events).toBeLessThan(400);
    expect(c.events.map((e) => e.ev.eventId)).toEqual(lines.slice(0, report.events).map((r) => r.eventID));
    expect(report.errors).toEqual([{ line: report.events + 1, message: "the file is truncated: its gzip data ends early; records after the cut are missing" }]);
  });

  it("names the record in progress when a .gz Records file is cut", async () => {
    const f = s3File(300);
    const c = await collectBytes("cut.json.gz", f.gz.subarray(0, Math.floor(f.gz.length * 0.6)));
    const report = c.reports[0];
    expect(report.events).toBeGreaterThan(0);
    expect(report.errors).toEqual([{ line: 1, record: report.events, message: "the file is truncated: its gzip data ends early; records after the cut are missing" }]);
  });

  it("reports corrupt gzip data without crashing", async () => {
    const gz = s3File(50).gz;
    gz.fill(0x55, 40, 80);
    const c = await collectBytes("bad.json.gz", gz);
    expect(c.reports).toHaveLength(1);
    expect(c.reports[0].errors[0].message).toMatch(/^the gzip data is corrupt or truncated \(/);
  });
});

describe("readSource: zip", () => {
  it("reads a zip of an AWSLogs folder: one leaf per .json.gz entry, directories and macOS metadata skipped", async () => {
    const a = s3File(2);
    const b = s3File(3);
    const digest = strToU8(JSON.stringify({ digestStartTime: "2026-01-12T00:00:00Z", digestPublicKeyFingerprint: "f", logFiles: [] }));
    const zip = zipSync({
      "AWSLogs/": new Uint8Array(0),
      [`${AWSLOGS}/12/a.json.gz`]: [a.gz, { level: 0 }],
      [`${AWSLOGS}/13/b.json.gz`]: b.gz,
      "AWSLogs/123456789012/CloudTrail-Digest/us-east-1/2026/01/12/d.json.gz": gzipSync(digest),
      "notes.jsonl": utf8(jsonLines([makeRecord({ demo_id: "exfil" })])),
      [`__MACOSX/${AWSLOGS}/12/._a.json.gz`]: new Uint8Array([0, 5, 22, 7, 0, 2, 0, 0]),
    });
    const c = await collectBytes("logs.zip", zip);
    expect(c.reports.map((r) => [r.path, r.format, r.events, r.skipped, r.errorCount])).toEqual([
      [`logs.zip!/${AWSLOGS}/12/a.json.gz`, "s3-records", 2, 0, 0],
      [`logs.zip!/${AWSLOGS}/13/b.json.gz`, "s3-records", 3, 0, 0],
      ["logs.zip!/AWSLogs/123456789012/CloudTrail-Digest/us-east-1/2026/01/12/d.json.gz", "digest", 0, 1, 0],
      ["logs.zip!/notes.jsonl", "jsonl", 1, 0, 0],
    ]);
    expect(c.events.map((e) => e.ev.eventId).slice(0, 5)).toEqual([...a.ids, ...b.ids]);
    expect(c.leaves.every((l) => l.slice === undefined)).toBe(true);
    expect(new TextDecoder().decode(await readAll(c.leaves[1].open()))).toBe(b.text);
    await expectReadBack(c);
  });

  it("reads a streamed zip (sizes unknown up front)", async () => {
    const f = s3File(4);
    const c = await collectBytes("streamed.zip", await streamingZip([["x/a.json", strToU8(f.text)]]));
    expect(c.reports).toEqual([expect.objectContaining({ path: "streamed.zip!/x/a.json", format: "s3-records", events: 4, errorCount: 0 })]);
    await expectReadBack(c);
  });

  it("keeps bad entries to themselves", async () => {
    const zip = zipSync({ "a.json": utf8("{not json"), "b.bin": new Uint8Array([1, 2, 3, 0, 0, 9]), "c.json": utf8(JSON.stringify([makeRecord()])) });
    const c = await collectBytes("mixed.zip", zip);
    expect(c.reports.map((r) => [r.path, r.format, r.events, r.errors])).toEqual([
      ["mixed.zip!/a.json", "json-record", 0, [{ line: 1, message: "malformed JSON: expected a property name in double quotes, found 'n'" }]],
      ["mixed.zip!/b.bin", "unknown", 0, [{ message: "not a text/JSON file (binary content)" }]],
      ["mixed.zip!/c.json", "json-array", 1, []],
    ]);
  });

  it("refuses an entry whose declared expansion is a zip bomb", async () => {
    const zip = zipSync({ "bomb.json": new Uint8Array(3 * 1024 * 1024).fill(0x20), "ok.jsonl": utf8(jsonLines([makeRecord()])) });
    const c = await collectBytes("bomb.zip", zip, { zipLimits: { ...ZIP_LIMITS, largeEntryBytes: 1024 * 1024 } });
    expect(c.reports.map((r) => [r.path, r.events, r.errors[0]?.message])).toEqual([
      ["bomb.zip!/bomb.json", 0, expect.stringMatching(/^refused as a likely zip bomb: the entry declares \d+:1 compression$/)],
      ["bomb.zip!/ok.jsonl", 1, undefined],
    ]);
  });

  it("refuses a streamed entry once it expands past the ratio", async () => {
    const zip = await streamingZip([["bomb.json", new Uint8Array(3 * 1024 * 1024).fill(0x20)]]);
    const c = await collectBytes("bomb.zip", zip, { zipLimits: { ...ZIP_LIMITS, largeEntryBytes: 1024 * 1024 } });
    expect(c.reports).toHaveLength(1);
    expect(c.reports[0].errors.map((e) => e.message)).toContain("refused as a likely zip bomb: the entry expands more than 200:1");
  });

  it("stops an archive that expands past the total cap", async () => {
    const entries = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`f${i}.jsonl`, utf8(jsonLines(Array.from({ length: 40 }, () => makeRecord())))]));
    const c = await collectBytes("big.zip", zipSync(entries), { zipLimits: { ...ZIP_LIMITS, maxTotalBytes: 2.5 * utf8(jsonLines(Array.from({ length: 40 }, () => makeRecord()))).length } });
    expect(c.reports.map((r) => r.path)).toEqual(["big.zip!/f0.jsonl", "big.zip!/f1.jsonl", "big.zip!/f2.jsonl"]);
    expect(c.reports[2].errors.at(-1)?.message).toMatch(/^refused as a likely zip bomb: the archive expands to more than/);
  });

  it("keeps finished entries of a truncated zip and flags the cut one", async () => {
    const zip = zipSync({ "a.jsonl": utf8(jsonLines([makeRecord()])), "b.jsonl": utf8(jsonLines(Array.from({ length: 50 }, () => makeRecord({ requestID: Math.random().toString(36) })))) }, { level: 0 });
    const c = await collectBytes("cut.zip", zip.subarray(0, Math.floor(zip.length * 0.7)));
    expect(c.reports[0]).toMatchObject({ path: "cut.zip!/a.jsonl", events: 1, errorCount: 0 });
    expect(c.reports[1].path).toBe("cut.zip!/b.jsonl");
    expect(c.reports[1].errors.at(-1)?.message).toBe("the zip archive ends inside this entry (is it truncated?)");
  });

  it("reports an empty archive", async () => {
    const c = await collectBytes("empty.zip", zipSync({}));
    expect(c.reports).toEqual([expect.objectContaining({ path: "empty.zip", format: "unknown", errors: [{ message: "the zip archive holds no files" }] })]);
  });
});
