import { describe, expect, it } from "vitest";
import { generateJsonl, generateJsonlChunks, jsonlChunks, toJsonLine, type GenerateProgress } from "./jsonl";
import { planGeneration } from "./generate";
import { demo } from "./testing/demo";

const decode = (chunks: Uint8Array[]): string => chunks.map((c) => new TextDecoder().decode(c)).join("");

describe("jsonlChunks", () => {
  it("writes one record per line, identical to JSON.stringify", () => {
    const records = demo().slice(0, 50);
    const text = decode([...jsonlChunks(records)]);
    expect(text).toBe(records.map((r) => JSON.stringify(r) + "\n").join(""));
    expect(toJsonLine(records[0])).toBe(JSON.stringify(records[0]) + "\n");
  });

  it.each([4 * 1024, 64 * 1024, 1 << 20])("cuts chunks of at most %i bytes at line ends", (chunkBytes) => {
    const chunks = [...generateJsonlChunks({ days: 3 }, chunkBytes)];
    for (const c of chunks) {
      expect(c.byteLength).toBeLessThanOrEqual(chunkBytes);
      expect(c[c.byteLength - 1]).toBe(10);
    }
    const lines = decode(chunks).trimEnd().split("\n");
    expect(lines).toHaveLength(planGeneration({ days: 3 }).total);
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
  });

  it("gives a line longer than the chunk size its own chunk", () => {
    const records = demo().slice(0, 3);
    const chunks = [...jsonlChunks(records, 100)];
    expect(chunks).toHaveLength(3);
    expect(decode(chunks)).toBe(records.map((r) => JSON.stringify(r) + "\n").join(""));
  });
});

describe("generateJsonl (for the worker)", () => {
  it("yields the same bytes as the sync generator and reports progress up to the total", async () => {
    const progress: GenerateProgress[] = [];
    const chunks: Uint8Array[] = [];
    for await (const c of generateJsonl({ days: 4 }, { chunkBytes: 32 * 1024, onProgress: (p) => progress.push(p) })) chunks.push(c);
    expect(decode(chunks)).toBe(decode([...generateJsonlChunks({ days: 4 })]));
    const total = planGeneration({ days: 4 }).total;
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every((p) => p.totalEvents === total)).toBe(true);
    for (let i = 1; i < progress.length; i++) expect(progress[i].events).toBeGreaterThanOrEqual(progress[i - 1].events);
    expect(progress[progress.length - 1]).toEqual({ events: total, totalEvents: total, bytes: chunks.reduce((a, c) => a + c.byteLength, 0) });
  });

  it("stops between chunks when the signal aborts", async () => {
    const controller = new AbortController();
    let seen = 0;
    const run = async (): Promise<void> => {
      for await (const _ of generateJsonl({ days: 14 }, { chunkBytes: 16 * 1024, signal: controller.signal })) {
        seen++;
        if (seen === 2) controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toBe(2);
  });

  it("does not start when the signal is already aborted", async () => {
    const it = generateJsonl({}, { signal: AbortSignal.abort() });
    await expect(it.next()).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects bad options before producing anything", async () => {
    await expect(generateJsonl({ days: 0 }).next()).rejects.toThrow(/days/);
  });
});
