/**
 * `ingest PATH... [--json]`: reads files, folders, .gz and .zip with the same
 * pipeline as the browser and prints what was loaded.
 */
import { Dataset } from "../../worker/dataset";
import { fileSource, listInputFiles } from "../fs-source";
import { parseArgs, UsageError } from "../args";

const USAGE = "usage: cli ingest PATH... [--json]";

/** Runs the command; returns the process exit code (0 ran, 1 nothing readable, 2 usage). */
export async function runIngest(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s)): Promise<number> {
  const args = parseArgs(argv, { flags: ["json"], options: [] }, USAGE);
  if (args.positional.length === 0) throw new UsageError(`no input paths given\n${USAGE}`);
  const files = await listInputFiles(args.positional).catch((e: Error) => {
    throw new UsageError(e.message);
  });
  const data = new Dataset();
  await data.ingest(await Promise.all(files.map(fileSource)));
  const s = data.summary();
  const summary = {
    events: s.events,
    duplicates: s.duplicates,
    files: s.files.map((f) => ({
      path: f.path,
      format: f.format,
      events: f.events,
      skipped: f.skipped,
      duplicates: f.duplicates,
      errors: f.errors,
      errorCount: f.errorCount,
      warnings: f.warnings,
    })),
    timeRange: s.timeRange ? { start: new Date(s.timeRange.start).toISOString(), end: new Date(s.timeRange.end).toISOString() } : null,
    principals: s.principals,
    accounts: s.accounts,
    regions: s.regions,
    eventSources: s.eventSources,
  };
  if (args.flags.json) out(JSON.stringify(summary) + "\n");
  else {
    out(`${summary.events} events (${summary.duplicates} duplicates dropped) from ${summary.files.length} file(s)\n`);
    if (summary.timeRange) out(`time range: ${summary.timeRange.start} .. ${summary.timeRange.end}\n`);
    out(`principals: ${summary.principals}; accounts: ${summary.accounts.join(", ")}; regions: ${summary.regions.join(", ")}\n`);
    for (const f of summary.files) {
      out(`  ${f.path} [${f.format}] events=${f.events} skipped=${f.skipped} duplicates=${f.duplicates} errors=${f.errorCount}\n`);
      for (const e of f.errors) out(`    ${e.line !== undefined ? `line ${e.line}: ` : e.record !== undefined ? `record ${e.record}: ` : ""}${e.message}\n`);
    }
  }
  return s.events > 0 ? 0 : 1;
}
