/**
 * What the CLI's search (`npm run -s cli -- query '<SPL>' <file> --json`, the
 * same lib/ in Node) says about the e2e inputs: the users and buckets specs
 * check the UI against these answers, never against numbers copied into a
 * spec.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { E2E_TMP, REPO_ROOT } from "./paths";

export interface QueryTable {
  columns: string[];
  rows: (string | number)[][];
}

const cache = new Map<string, QueryTable>();
let demo: string | null = null;

/**
 * The seed's demo written by the CLI for this spec worker alone (the in-app generator makes the same events).
 * Other suites running at the same time rewrite the shared DEMO_JSONL; a search must never read it half-written.
 */
export function privateDemo(): string {
  if (demo) return demo;
  const dir = path.join(E2E_TMP, `entities-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const out = path.join(dir, "aws_cloudtrail.log");
  execFileSync("npm", ["run", "-s", "cli", "--", "generate", "--out", out], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "pipe"] });
  if (!existsSync(out) || statSync(out).size === 0) throw new Error(`npm run -s cli -- generate did not write ${out}`);
  return (demo = out);
}

/** Runs one SPL search over `input` with the CLI (memoised per spec worker). */
export function cliQuery(spl: string, input: string): QueryTable {
  const key = `${input}\u0000${spl}`;
  let out = cache.get(key);
  if (!out) {
    const text = execFileSync("npm", ["run", "-s", "cli", "--", "query", spl, input, "--json"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 64 * 1024 * 1024,
    });
    out = JSON.parse(text) as QueryTable;
    if (!Array.isArray(out.rows)) throw new Error(`the CLI answered ${spl} without rows: ${text.slice(0, 200)}`);
    cache.set(key, out);
  }
  return out;
}

/** The single number a `| stats count` search answers (0 when it has no row). */
export function cliCount(spl: string, input: string): number {
  const t = cliQuery(spl, input);
  return Number(t.rows[0]?.[t.columns.indexOf("count")] ?? 0);
}

/** Rows as records keyed by column, for readable look-ups (keys are the CLI's own column names). */
export function cliRecords(spl: string, input: string): Map<string, string | number>[] {
  const t = cliQuery(spl, input);
  return t.rows.map((r) => new Map(t.columns.map((c, i) => [c, r[i]!])));
}

/** SPL text of a quoted value list: ("a", "b"). */
export function splList(values: readonly string[]): string {
  return `(${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(", ")})`;
}
