/**
 * `detect PATH... [--json]`: loads files, folders, .gz and .zip like `ingest`,
 * runs every detection rule and prints the findings.
 */
import { createRuleContext } from "../../detect/context";
import type { Finding } from "../../detect/finding";
import { mitreLabel } from "../../detect/mitre";
import { recordReader } from "../../detect/record-reader";
import { runDetections } from "../../detect/run";
import { Dataset } from "../../worker/dataset";
import { parseArgs, UsageError } from "../args";
import { fileSource, listInputFiles } from "../fs-source";

const USAGE = "usage: cli detect PATH... [--json]";

const iso = (ms: number): string => new Date(ms).toISOString();

/** The JSON shape of one finding on the command line. */
function toJson(f: Finding) {
  return { rule: f.rule, title: f.title, severity: f.severity, mitre: f.mitre, principal: f.principal, start: iso(f.start), end: iso(f.end), eventIds: f.eventIds, summary: f.summary };
}

/** Runs the command; returns the process exit code (0 ran, 1 nothing readable, 2 usage). */
export async function runDetect(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const args = parseArgs(argv, { flags: ["json"], options: [] }, USAGE);
  if (args.positional.length === 0) throw new UsageError(`no input paths given\n${USAGE}`);
  const files = await listInputFiles(args.positional).catch((e: Error) => {
    throw new UsageError(e.message);
  });
  const data = new Dataset();
  const reports = await data.ingest(await Promise.all(files.map(fileSource)));
  for (const r of reports) for (const e of r.errors) err(`${r.path}${e.line !== undefined ? `:${e.line}` : e.record !== undefined ? ` record ${e.record}` : ""}: ${e.message}\n`);
  if (data.table.size === 0) {
    err(`no CloudTrail events could be read from ${files.length} file(s)\n`);
    if (args.flags.json) out(JSON.stringify({ findings: [] }) + "\n");
    return 1;
  }
  const reader = recordReader(data.table, (id) => data.leaf(id));
  const findings = await runDetections(createRuleContext({ table: data.table, ...reader }));
  if (args.flags.json) out(JSON.stringify({ findings: findings.map(toJson) }) + "\n");
  else {
    out(`${findings.length} finding(s) in ${data.table.size} events\n`);
    for (const f of findings) {
      out(`[${f.severity}] ${f.title} (${f.rule}) ${iso(f.start)} .. ${iso(f.end)}\n  ${f.summary}\n  ${f.mitre.map(mitreLabel).join("; ")}; ${f.eventIds.length} event(s)\n`);
    }
  }
  return 0;
}
