/**
 * `query 'SPL' PATH... [--json]`: loads the files like `ingest`, runs the
 * search and prints the result: `{"columns": [...], "rows": [[...], ...]}`
 * with --json (`_time` cells as ISO 8601 UTC), else a tab-separated table.
 */
import type { SearchError } from "../../search/ast";
import { eventCells } from "../../search/output";
import { parseSearch } from "../../search/parser";
import { createRecordReader } from "../../search/record-reader";
import type { Cell } from "../../search/result";
import { runSearch } from "../../search/run";
import { Dataset } from "../../worker/dataset";
import { parseArgs, UsageError } from "../args";
import { fileSource, listInputFiles } from "../fs-source";

const USAGE = "usage: cli query 'SPL' PATH... [--json]";

type Write = (s: string) => void;

/** The error with the query shown and the faulty part underlined. */
export function describeError(query: string, e: SearchError): string {
  const before = query.slice(0, e.start);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = query.indexOf("\n", lineStart);
  const text = query.slice(lineStart, lineEnd < 0 ? query.length : lineEnd);
  const col = e.start - lineStart;
  const width = Math.max(1, Math.min(e.end, lineStart + text.length) - e.start);
  return `error: ${e.message} (line ${line}, column ${col + 1})\n  ${text}\n  ${" ".repeat(col)}${"^".repeat(width)}\n`;
}

function cellText(c: Cell, time: boolean): string | number | null {
  if (time && typeof c === "number") return new Date(c).toISOString();
  return c;
}

/** Runs the command; returns the exit code (0 ran, 1 search error or nothing loaded, 2 usage). */
export async function runQuery(argv: string[], out: Write = (s) => process.stdout.write(s), err: Write = (s) => process.stderr.write(s)): Promise<number> {
  let query: string;
  let paths: string[];
  let json: boolean;
  try {
    const args = parseArgs(argv, { flags: ["json"], options: [] }, USAGE);
    [query, ...paths] = args.positional;
    json = args.flags.json === true;
    if (query === undefined) throw new UsageError(`no search given\n${USAGE}`);
    if (paths.length === 0) throw new UsageError(`no input paths given\n${USAGE}`);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`${e.message}\n`);
    return 2;
  }
  const parsed = parseSearch(query);
  if (!parsed.ok) {
    err(describeError(query, parsed.error));
    return 1;
  }
  let files: string[];
  try {
    files = await listInputFiles(paths);
  } catch (e) {
    err(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const data = new Dataset();
  const reports = await data.ingest(await Promise.all(files.map(fileSource)));
  const problems = reports.reduce((n, r) => n + r.errorCount, 0);
  if (problems > 0) err(`warning: ${problems} record(s) could not be read from ${reports.filter((r) => r.errorCount > 0).length} file(s); run "ingest" for details\n`);
  if (data.table.size === 0) {
    err("error: no event could be read from the given paths\n");
    return 1;
  }
  const result = await runSearch(parsed.pipeline, { table: data.table, ...createRecordReader(data.table, (id) => data.leaf(id)) });
  if (result.kind === "error") {
    err(describeError(query, result.error));
    return 1;
  }
  for (const w of result.warnings ?? []) err(`warning: ${w}\n`);
  const rows = result.kind === "events" ? eventCells(data.table, result.rowIds, result.columns) : result.rows;
  const time = result.columns.map((c) => c === "_time");
  const printable = rows.map((r) => r.map((c, i) => cellText(c, time[i])));
  if (json) out(`${JSON.stringify({ columns: result.columns, rows: printable })}\n`);
  else {
    out(`${result.columns.join("\t")}\n`);
    for (const r of printable) out(`${r.map((c) => (c === null ? "" : String(c).replace(/[\t\n]/g, " "))).join("\t")}\n`);
  }
  return 0;
}
