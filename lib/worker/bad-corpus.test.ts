/**
 * The bad-input corpus (e2e/fixtures/bad, written by scripts/make-bad-corpus.ts) through the real
 * ingest: every file gives the report its manifest promises, good records are kept, and a dataset
 * loaded before stays exactly as it was.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANY_FILES, makeBombs, manyFile, smallCorpus } from "../../scripts/make-bad-corpus";
import { bytesSource, type ByteSource } from "../cloudtrail/source";
import { jsonLines, makeRecord } from "../cloudtrail/testing/factory";
import type { FileReport } from "../cloudtrail/types";
import { Dataset } from "./dataset";

const BAD_DIR = path.resolve(__dirname, "../../e2e/fixtures/bad");
const LIBRARY = path.resolve(__dirname, "../../../shared/data/aws-cloudtrail-processing-library");

interface Expected {
  events: number;
  errors: number;
  skipped?: number;
  duplicates?: number;
  line?: number;
  message?: string;
}
interface Manifest {
  files: (Expected & { path: string })[];
  big: Record<string, Expected> & { many: { files: number; events: number } };
  processingLibrary: Record<string, Expected>;
}
const manifest = JSON.parse(readFileSync(path.join(BAD_DIR, "expected.json"), "utf8")) as Manifest;

/** Upload order: the manifest's order of top-level files. */
const uploadOrder = [...new Set(manifest.files.map((f) => f.path.split("!/")[0]!))];

function fileSource(dir: string, name: string): ByteSource {
  return bytesSource(name, new Uint8Array(readFileSync(path.join(dir, name))));
}

/** A good file loaded before the bad ones: its rows must survive everything that follows. */
async function loadGood(d: Dataset): Promise<{ ids: string[]; reports: FileReport[] }> {
  const records = Array.from({ length: 5 }, () => makeRecord());
  await d.ingest([bytesSource("good.jsonl", new TextEncoder().encode(jsonLines(records)))]);
  return { ids: records.map((r) => r.eventID as string), reports: d.summary().files };
}

function expectIntact(d: Dataset, good: { ids: string[]; reports: FileReport[] }): void {
  expect(good.ids.map((_, row) => d.table.value("eventId", row))).toEqual(good.ids);
  expect(d.summary().files.slice(0, good.reports.length)).toEqual(good.reports);
}

/** The first problem a report lists: errors first, then warnings (as the load page shows them). */
function firstProblem(r: FileReport): { line?: number; text: string } | undefined {
  const e = r.errors[0];
  if (e) return { line: e.line, text: e.message };
  const w = r.warnings[0];
  return w ? { line: w.line, text: `warning: ${w.message}` } : undefined;
}

function expectReport(r: FileReport | undefined, want: Expected): void {
  expect(r).toBeDefined();
  expect({ events: r!.events, errors: r!.errorCount }).toEqual({ events: want.events, errors: want.errors });
  if (want.skipped !== undefined) expect(r!.skipped).toBe(want.skipped);
  if (want.duplicates !== undefined) expect(r!.duplicates).toBe(want.duplicates);
  const problem = firstProblem(r!);
  if (want.message === undefined) expect(problem).toBeUndefined();
  else {
    expect(problem?.text).toContain(want.message);
    expect(problem?.line).toBe(want.line);
  }
}

describe("the committed corpus", () => {
  it.each(Object.entries(smallCorpus()))("%s is what scripts/make-bad-corpus.ts writes", (name, bytes) => {
    expect(new Uint8Array(readFileSync(path.join(BAD_DIR, name)))).toEqual(new Uint8Array(bytes));
  });

  it("has an expectation for every file, and a file for every expectation", () => {
    const onDisk = readdirSync(BAD_DIR).filter((n) => n !== "expected.json").sort();
    expect([...uploadOrder].sort()).toEqual(onDisk);
  });
});

describe("the bad-input corpus through the real ingest, after a good load", () => {
  const d = new Dataset();
  let good: Awaited<ReturnType<typeof loadGood>>;
  let reports: Map<string, FileReport>;

  beforeAll(async () => {
    good = await loadGood(d);
    await d.ingest(uploadOrder.map((name) => fileSource(BAD_DIR, name)));
    reports = new Map(d.summary().files.map((r) => [r.path, r]));
  });

  it.each(manifest.files.map((f) => [f.path, f] as const))("%s", (p, want) => {
    expectReport(reports.get(p), want);
  });

  it("keeps the earlier dataset and adds exactly the good records", () => {
    expectIntact(d, good);
    const added = manifest.files.reduce((n, f) => n + f.events, 0);
    expect(d.table.size).toBe(good.ids.length + added);
    expect(d.summary().files).toHaveLength(good.reports.length + manifest.files.length);
  });
});

describe("AWS's processing-library fixtures (../shared/data)", () => {
  const d = new Dataset();
  let good: Awaited<ReturnType<typeof loadGood>>;
  let reports: Map<string, FileReport>;

  beforeAll(async () => {
    good = await loadGood(d);
    const names = readdirSync(LIBRARY).sort();
    await d.ingest(names.map((n) => fileSource(LIBRARY, n)));
    reports = new Map(d.summary().files.map((r) => [r.path, r]));
  });

  it.each(Object.entries(manifest.processingLibrary))("%s", (name, want) => {
    expectReport(reports.get(name), want);
  });

  it("keeps the earlier dataset", () => {
    expectIntact(d, good);
    const added = Object.values(manifest.processingLibrary).reduce((n, f) => n + f.events, 0);
    expect(d.table.size).toBe(good.ids.length + added);
  });
});

describe("the big inputs, made at test time", () => {
  let dir: string;
  let big: ReturnType<typeof makeBombs>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "trailscope-bad-"));
    big = makeBombs(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses both zip bombs by name and keeps the earlier dataset", async () => {
    const d = new Dataset();
    const good = await loadGood(d);
    await d.ingest([fileSource(dir, path.basename(big.bomb)), fileSource(dir, path.basename(big.streamed))]);
    const reports = new Map(d.summary().files.map((r) => [r.path, r]));
    for (const [p, want] of Object.entries(manifest.big)) if (p !== "many") expectReport(reports.get(p), want as Expected);
    expectIntact(d, good);
    expect(d.table.size).toBe(good.ids.length);
  });

  // The folder's files are made in memory here (writing 100,000 files to disk costs more than reading them);
  // `npx tsx scripts/make-bad-corpus.ts --big DIR` writes the same folder to disk.
  it("reads a folder of 100,000 one-record files, one report each", async () => {
    const d = new Dataset();
    const good = await loadGood(d);
    expect(MANY_FILES).toBe(manifest.big.many.files);
    await d.ingest(Array.from({ length: MANY_FILES }, (_, i) => manyFile(i)).map((f) => bytesSource(`many/${f.name}`, f.bytes)));
    const files = d.summary().files;
    expect(files).toHaveLength(good.reports.length + manifest.big.many.files);
    expect(files.reduce((n, r) => n + r.errorCount, 0)).toBe(0);
    expect(d.table.size).toBe(good.ids.length + manifest.big.many.events);
    expectIntact(d, good);
  }, 180_000);
});
