import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJsonlChunks } from "../../generate/jsonl";
import { SEED_SEARCHES } from "../../search/seed-searches";
import { describeError, runQuery } from "./query";

let dir = "";
let file = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "trailscope-query-"));
  file = path.join(dir, "aws_cloudtrail.log");
  await writeFile(file, Buffer.concat([...generateJsonlChunks()]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runQuery(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

describe("query", () => {
  it("prints a timechart as JSON: _time first (ISO, UTC), then one column per series", async () => {
    const exfil = SEED_SEARCHES.find((s) => s.title === "Exfil Timeline")?.query as string;
    const r = await run([exfil, file, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { columns: string[]; rows: unknown[][] };
    expect(Object.keys(json)).toEqual(["columns", "rows"]);
    expect(json.columns).toEqual(["_time", "AttachUserPolicy", "CreateUser", "GetObject", "ListBucket"]);
    expect(json.rows[0]).toEqual(["2026-01-08T00:00:00.000Z", 1, 1, 0, 0]);
    expect(json.rows).toHaveLength(7);
  });

  it("prints events with their default columns, newest first", async () => {
    const r = await run(["eventName=CreateUser", dir, "--json"]);
    const json = JSON.parse(r.out) as { columns: string[]; rows: unknown[][] };
    expect(json.columns.slice(0, 3)).toEqual(["_time", "eventSource", "eventName"]);
    expect(json.rows.map((row) => [row[0], row[3]])).toEqual([
      ["2026-01-08T10:45:00.000Z", "alex.miller"],
      ["2026-01-06T17:43:07.000Z", "mike.chen"],
    ]);
  });

  it("prints a tab-separated table without --json", async () => {
    const r = await run(["demo_id=exfil | stats count by eventName", file]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("eventName\tcount");
    expect(r.out).toContain("GetObject\t169\n");
  });

  it.each([
    ["eventName=CreateUser | stats cnt", "unknown function", "cnt"],
    ["eventname=CreateUser", "Unknown field", "eventname"],
  ])("exits 1 on a search error and shows where: %s", async (q, message, word) => {
    const r = await run([q, file, "--json"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(message);
    expect(r.err.split("\n")[2]).toBe(" ".repeat(2 + q.indexOf(word)) + "^".repeat(word.length));
  });

  it.each([[[]], [["eventName=x"]], [["eventName=x", "--nope", file]], [["eventName=x", path.join(tmpdir(), "no-such-dir-trailscope")]]])("exits 2 on a usage error: %j", async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain("usage: cli query");
  });

  it("points at the line and column of a multi-line search", () => {
    const q = "x=1\n| stats cnt";
    expect(describeError(q, { message: "bad", start: 12, end: 15 })).toBe("error: bad (line 2, column 9)\n  | stats cnt\n          ^^^\n");
  });
});
