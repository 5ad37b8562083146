import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateJsonlChunks } from "../../generate/jsonl";
import { generateS3Files } from "../../generate/s3-layout";
import { UsageError } from "../args";
import { parseGenerateArgs, runGenerate } from "./generate";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "trailscope-generate-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; log: string }> {
  let log = "";
  const code = await runGenerate(argv, (s) => {
    log += s;
  });
  return { code, log };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

describe("parseGenerateArgs", () => {
  it.each<[string[], object]>([
    [[], { options: {}, format: "jsonl", out: null, windowMinutes: 5 }],
    [["--out", "-"], { out: null }],
    [["--seed", "7", "--start", "2025-06-01", "--days", "3"], { options: { seed: 7, start: "2025-06-01", days: 3 } }],
    [["--events=1M"], { options: { events: 1_000_000 } }],
    [["--events", "200k"], { options: { events: 200_000 } }],
    [["--events", "10_000_000"], { options: { events: 10_000_000 } }],
    [["--events-per-day", "500"], { options: { eventsPerDay: 500 } }],
    [["--scenarios", "none"], { options: { scenarios: [] } }],
    [["--format", "s3", "--out", "x", "--window-minutes", "60"], { format: "s3", out: "x", windowMinutes: 60 }],
  ])("%j", (argv, expected) => {
    expect(parseGenerateArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [["--days", "x"], /--days/],
    [["--days", "0"], /--days/],
    [["--events", "-5"], /--events/],
    [["--seed", "1.5"], /--seed/],
    [["--format", "csv"], /--format/],
    [["--format", "s3"], /needs --out/],
    [["--window-minutes", "5000"], /window-minutes/],
    [["--bogus"], /unknown option --bogus/],
    [["stray"], /unexpected argument "stray"/],
    [["--out"], /--out needs a value/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseGenerateArgs(argv)).toThrow(UsageError);
    expect(() => parseGenerateArgs(argv)).toThrow(message);
  });
});

describe("runGenerate", () => {
  it.each([
    [["--days", "none"]],
    [["--start", "2026-02-30"]],
    [["--scenarios", "ransomware"]],
  ])("returns 2 with a message and the usage for %j", async (argv) => {
    const { code, log } = await run(argv);
    expect(code).toBe(2);
    expect(log).toMatch(/usage: cli generate/);
  });

  it("writes JSON lines to a file, creating its folder", async () => {
    const out = path.join(dir, "nested", "cloud", "aws_cloudtrail.log");
    const { code, log } = await run(["--days", "2", "--seed", "9", "--out", out]);
    expect(code).toBe(0);
    const expected = Buffer.concat([...generateJsonlChunks({ days: 2, seed: 9 })]);
    expect((await readFile(out)).equals(expected)).toBe(true);
    expect(log).toMatch(/^generated \d+ events/);
  });

  it("writes the S3 folder tree of gzipped Records files", async () => {
    const out = path.join(dir, "s3");
    const { code } = await run(["--days", "2", "--format", "s3", "--window-minutes", "60", "--out", out]);
    expect(code).toBe(0);
    const expected = [...generateS3Files({ days: 2 }, { windowMinutes: 60 })];
    const written = await listFiles(out);
    expect(written.sort()).toEqual(expected.map((f) => f.path).sort());
    const first = expected[0];
    const bytes = await readFile(path.join(out, first.path));
    expect(Buffer.from(bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(JSON.parse(new TextDecoder().decode(gunzipSync(bytes))).Records).toHaveLength(first.records);
  });

  it("returns 1 with a message when the output cannot be written", async () => {
    const { code, log } = await run(["--days", "1", "--out", dir]);
    expect(code).toBe(1);
    expect(log).toMatch(/generate: .*EISDIR|illegal operation on a directory/);
  });
});
