import { gzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { GZIP_RATIO, expandedSize } from "./input-size";
import { AVERAGE_RECORD_BYTES, DEFAULT_HEAP_LIMIT, INDEX_BYTES_PER_EVENT, estimateIngest, likelyHeapLimit, memoryWarning } from "./memory-estimate";

const GB = 1024 ** 3;

describe("estimateIngest", () => {
  it("turns input bytes into events and index memory, on top of what is loaded", () => {
    const est = estimateIngest([AVERAGE_RECORD_BYTES * 1000, AVERAGE_RECORD_BYTES * 500], 10_000_000);
    expect(est.events).toBe(1500);
    expect(est.neededBytes).toBe(10_000_000 + 1500 * INDEX_BYTES_PER_EVENT * 2 + 256 * 1024 * 1024);
  });
});

describe("likelyHeapLimit", () => {
  it.each([
    [{ jsHeapSizeLimit: 4 * GB, deviceMemoryGb: 8 }, { bytes: 4 * GB, source: "heap-limit" }],
    [{ deviceMemoryGb: 8 }, { bytes: 4 * GB, source: "device-memory" }],
    [{}, { bytes: DEFAULT_HEAP_LIMIT, source: "default" }],
  ])("%j → %j", (env, want) => expect(likelyHeapLimit(env)).toEqual(want));
});

describe("memoryWarning", () => {
  const limit = { bytes: 4 * GB, source: "heap-limit" as const };
  it("stays quiet for a load that fits easily", () => {
    expect(memoryWarning(estimateIngest([100 * 1024 ** 2]), limit)).toBeNull();
  });

  it("says a large load is tight, with the numbers", () => {
    const est = estimateIngest([10 * GB]);
    const w = memoryWarning(est, limit);
    expect(w?.verdict).toBe("tight");
    expect(w?.text).toMatch(/^About 2\.5 GB of memory needed \(8,947,849 events from 10\.0 GB of logs\); this tab can likely hold 4\.0 GB\. It should fit/);
  });

  it("says a load beyond the limit is likely to fail", () => {
    const w = memoryWarning(estimateIngest([40 * GB]), { bytes: DEFAULT_HEAP_LIMIT, source: "default" });
    expect(w?.verdict).toBe("likely-to-fail");
    expect(w?.text).toContain("this browser does not say how much memory a tab gets; assuming 2.0 GB");
    expect(w?.text).toContain("likely to fail");
  });
});

describe("expandedSize", () => {
  const text = new TextEncoder().encode("x".repeat(100_000));
  it.each([
    ["plain text", new Blob([text]), 100_000],
    ["gzip (its ISIZE trailer)", new Blob([gzipSync(text)]), 100_000],
    ["zip (its central directory)", new Blob([zipSync({ "a.json": text, "b/c.json": text.subarray(0, 5000) })]), 105_000],
  ])("%s", async (_, blob, want) => expect(await expandedSize(blob)).toBe(want));

  it("assumes gzip entries in a zip expand like gzip", async () => {
    const gz = gzipSync(text);
    const zip = new Blob([zipSync({ "a.json.gz": gz }, { level: 0 })]);
    expect(await expandedSize(zip)).toBe(gz.length * GZIP_RATIO);
  });

  it("does not trust a zip without a central directory", async () => {
    const zip = zipSync({ "a.json": text });
    const cut = new Blob([zip.subarray(0, zip.length - 30)]);
    expect(await expandedSize(cut)).toBe(cut.size * GZIP_RATIO);
  });
});
