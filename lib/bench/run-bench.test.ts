import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../cli/args";
import { parseBenchArgs } from "../cli/commands/bench";
import { generateDatasetFile, type DatasetFile } from "./dataset-file";
import { DuckDbPeer, loadSql } from "./duckdb-peer";
import { ingestFile } from "./ingest-file";
import { AnswerMismatchError, timeOurQueries, timePeerQueries } from "./query-section";
import { runBenchmark } from "./run-bench";
import { queryContext, STANDARD_QUERIES } from "./standard-queries";
import type { RepeatPolicy } from "./timing";

// Shape and agreement only: timings are asserted by nobody (speed is the benchmark's output, not a test).
const QUICK: RepeatPolicy = { warmups: 1, minRuns: 3, minMs: 0, maxRuns: 3 };
const EVENTS = 2000;
const NAMES = STANDARD_QUERIES.map((q) => q.name);

describe("runBenchmark (end to end, with DuckDB)", () => {
  it("reports every section with the same query names on both sides, and removes its temp file", async () => {
    const logs: string[] = [];
    const r = await runBenchmark({ events: EVENTS, vs: "duckdb", repeat: QUICK, log: (l) => logs.push(l) });

    expect(Object.keys(r).sort()).toEqual(["bytes", "detect", "events", "ingest", "memory", "parseFloor", "peer", "queries", "ratios", "searches"]);
    expect(r.searches).toHaveLength(6);
    expect(r.detect.findings).toBeGreaterThan(0);
    expect(r.events).toBe(EVENTS);
    expect(r.bytes).toBeGreaterThan(EVENTS * 100);
    expect(Object.keys(r.ingest).sort()).toEqual(["eventsPerSec", "mbPerSec", "ms", "threads"]);
    expect(r.ingest.ms).toBeGreaterThan(0);
    expect(r.memory.bytesPerEvent).toBeGreaterThan(0);
    expect(r.queries.map((q) => q.name)).toEqual(NAMES);
    for (const q of [...r.queries, ...(r.peer?.queries ?? [])]) {
      expect(Object.keys(q).sort()).toEqual(["name", "p50Ms", "p95Ms"]);
      expect(q.p95Ms).toBeGreaterThanOrEqual(q.p50Ms);
    }
    expect(r.peer?.name).toBe("duckdb");
    expect(r.peer?.ingestMs).toBeGreaterThan(0);
    expect(r.peer?.fullLoadIngestMs).toBeGreaterThan(0);
    expect(r.peer?.fullLoadKnownSchemaIngestMs).toBeGreaterThan(0);
    expect(r.peer?.queriedColumnsIngestMs).toBeGreaterThan(0);
    expect(r.peer?.ingestCpuMs).toBeGreaterThan(0);
    expect(Object.keys(r.ratios ?? {}).sort()).toEqual(["ingest", "ingestVsFullLoad", "ingestVsFullLoadKnownSchema", "ingestVsQueriedColumns", "parseFloorVsPeerCpu", "queries"]);
    expect(r.parseFloor?.lines).toBe(EVENTS);
    expect(r.parseFloor?.readDecodeParseCpuMs).toBeGreaterThan(0);
    expect(r.peer?.queries.map((q) => q.name)).toEqual(NAMES);
    expect(Object.keys(r.ratios?.queries ?? {})).toEqual(NAMES);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);

    const generated = logs.map((l) => /^generating \d+ events to (.+)$/.exec(l)?.[1]).find((p) => p !== undefined);
    expect(generated).toBeDefined();
    expect(existsSync(generated!)).toBe(false);
  }, 120_000);
});

describe("the DuckDB peer on a generated file", () => {
  let data: DatasetFile;
  let peer: DuckDbPeer;

  beforeAll(async () => {
    data = await generateDatasetFile(EVENTS);
    peer = await DuckDbPeer.open();
    await peer.load(data.path);
  }, 60_000);

  afterAll(async () => {
    peer?.close();
    await data?.cleanup();
  });

  it("accepts our answers and rejects any altered one", async () => {
    const { table } = await ingestFile(data.path);
    const ctx = queryContext(table.timeRange()!.start);
    const ours = await timeOurQueries(table, ctx, QUICK, () => {});
    for (const name of NAMES) expect(ours.answers.get(name)?.length, name).toBeGreaterThan(0);
    await expect(timePeerQueries(peer, ctx, QUICK, ours.answers, () => {})).resolves.toHaveLength(NAMES.length);

    for (const name of NAMES) {
      const altered = new Map(ours.answers);
      const rows = altered.get(name)!.map((row) => ({ key: row.key, count: row.count }));
      rows[0] = { key: rows[0].key, count: rows[0].count + 1 };
      altered.set(name, rows);
      await expect(timePeerQueries(peer, ctx, QUICK, altered, () => {}), name).rejects.toThrow(AnswerMismatchError);
    }
  }, 120_000);

  it("loads every record with the schema inferred from every record given up front, as without it", async () => {
    const columns = await peer.inferredColumns(data.path);
    // Every top-level field of the generated records, the scenario tag among them, with its type.
    for (const field of ["eventTime", "userIdentity", "requestParameters", "demo_id"]) expect(columns).toContain(`'${field}': '`);
    await expect(peer.load(data.path, "full-known-schema", columns)).resolves.toMatchObject({ rows: EVENTS });
    await expect(peer.load(data.path, "full")).resolves.toMatchObject({ rows: EVENTS });
    expect(() => loadSql(data.path, "full-known-schema")).toThrow(/needs the file's columns/);
  }, 120_000);
});

describe("parseBenchArgs", () => {
  it.each([
    [[], {}],
    [["--events", "5000", "--vs", "duckdb"], { events: 5000, vs: "duckdb" }],
    [["--events=1_000_000"], { events: 1_000_000 }],
  ])("%j → %j", (argv, options) => {
    expect(parseBenchArgs(argv).options).toEqual(options);
  });

  it("reads --json", () => {
    expect(parseBenchArgs(["--json"]).json).toBe(true);
  });

  it.each([
    [["--events", "0"]],
    [["--events", "1e6"]],
    [["--events", "-3"]],
    [["--events"]],
    [["--vs", "sqlite"]],
    [["--file", "/nonexistent/trailscope-bench.jsonl"]],
    [["--fast"]],
    [["extra"]],
  ])("rejects %j as a usage error", (argv) => {
    expect(() => parseBenchArgs(argv)).toThrow(UsageError);
  });
});
