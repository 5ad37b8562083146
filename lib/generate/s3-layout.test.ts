import { gunzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { planGeneration, type CloudTrailRecord } from "./generate";
import { deliveryPath, generateS3Files, s3DeliveryFiles } from "./s3-layout";
import { demo } from "./testing/demo";

const PATH = /^AWSLogs\/123456789012\/CloudTrail\/us-east-1\/(\d{4})\/(\d{2})\/(\d{2})\/123456789012_CloudTrail_us-east-1_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z_[A-Za-z0-9]{16}\.json\.gz$/;

const unzip = (bytes: Uint8Array): { Records: CloudTrailRecord[] } => JSON.parse(new TextDecoder().decode(gunzipSync(bytes)));

describe("S3 delivery layout", () => {
  const files = [...generateS3Files({ days: 3 })];

  it("names files the way CloudTrail does, dated by their folder", () => {
    for (const f of files) {
      const m = PATH.exec(f.path);
      expect(m, f.path).not.toBeNull();
      const [, y, mo, d, y2, mo2, d2] = m as RegExpExecArray;
      expect(`${y}${mo}${d}`).toBe(`${y2}${mo2}${d2}`);
    }
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it("decompresses to Records documents holding every record once, each delivered after its window", () => {
    const seen: CloudTrailRecord[] = [];
    for (const f of files) {
      const doc = unzip(f.bytes);
      expect(Object.keys(doc)).toEqual(["Records"]);
      expect(doc.Records).toHaveLength(f.records);
      const m = PATH.exec(f.path) as RegExpExecArray;
      const delivered = Date.UTC(+m[4], +m[5] - 1, +m[6], +m[7], +m[8]);
      for (const r of doc.Records) {
        const t = Date.parse(r.eventTime);
        expect(t).toBeLessThan(delivered);
        expect(t).toBeGreaterThanOrEqual(delivered - 5 * 60_000);
      }
      seen.push(...doc.Records);
    }
    expect(seen).toEqual(demo({ days: 3 }));
  });

  it("is deterministic to the byte", () => {
    const again = [...generateS3Files({ days: 3 })];
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(again.every((f, i) => Buffer.from(f.bytes).equals(Buffer.from(files[i].bytes)))).toBe(true);
  });

  it.each([
    [5, 1],
    [60, 5],
  ])("groups %i minutes per file", (windowMinutes, minAverage) => {
    const hourly = [...generateS3Files({ days: 2, eventsPerDay: 2000 }, { windowMinutes })];
    const total = planGeneration({ days: 2, eventsPerDay: 2000 }).total;
    expect(hourly.reduce((a, f) => a + f.records, 0)).toBe(total);
    expect(total / hourly.length).toBeGreaterThan(minAverage);
    if (windowMinutes === 60) expect(hourly.every((f) => /T\d{2}00Z_/.test(f.path))).toBe(true);
  });

  it("dates the last window of a day by its delivery on the next day", () => {
    const late: CloudTrailRecord = { ...demo()[0], eventTime: "2026-01-05T23:57:12Z" };
    const [file] = [...s3DeliveryFiles([late])];
    expect(file.path).toContain("/2026/01/06/123456789012_CloudTrail_us-east-1_20260106T0000Z_");
  });

  it.each([0, 1.5, 2000])("rejects a window of %s minutes", (windowMinutes) => {
    expect(() => [...s3DeliveryFiles([], { windowMinutes })]).toThrow(/windowMinutes/);
  });

  it("builds a path from a delivery time and suffix", () => {
    expect(deliveryPath(Date.UTC(2026, 0, 12, 3, 20), "AbCdEfGh12345678")).toBe(
      "AWSLogs/123456789012/CloudTrail/us-east-1/2026/01/12/123456789012_CloudTrail_us-east-1_20260112T0320Z_AbCdEfGh12345678.json.gz",
    );
  });
});
