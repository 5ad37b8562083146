/**
 * `bench [--events N] [--vs duckdb] [--threads N] [--json] [--file PATH]`: measures ingest,
 * index memory and the standard queries, optionally against DuckDB on the
 * same file in the same run.
 */
import { existsSync } from "node:fs";
import { runBenchmark, type BenchOptions } from "../../bench/run-bench";
import { formatReport } from "../../bench/report";
import { AnswerMismatchError } from "../../bench/query-section";
import { parseArgs, UsageError } from "../args";

const USAGE = "usage: bench [--events N] [--vs duckdb] [--threads N] [--json] [--file PATH]";

const PEERS = ["duckdb"] as const;

/** Parses the command line into benchmark options (UsageError on anything invalid). */
export function parseBenchArgs(argv: string[]): { options: BenchOptions; json: boolean } {
  const args = parseArgs(argv, { flags: ["json"], options: ["events", "vs", "file", "threads"] }, USAGE);
  if (args.positional.length) throw new UsageError(`unexpected argument "${args.positional[0]}"\n${USAGE}`);
  const options: BenchOptions = {};
  if (args.options.events !== undefined) {
    const raw = args.options.events.replace(/_/g, "");
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--events must be a positive integer, got "${args.options.events}"\n${USAGE}`);
    options.events = n;
  }
  if (args.options.threads !== undefined) {
    const n = /^\d+$/.test(args.options.threads) ? Number(args.options.threads) : NaN;
    if (!Number.isSafeInteger(n) || n > 64) throw new UsageError(`--threads must be 0 (parse on the main thread) to 64, got "${args.options.threads}"\n${USAGE}`);
    options.threads = n;
  }
  if (args.options.vs !== undefined) {
    const peer = PEERS.find((p) => p === args.options.vs);
    if (!peer) throw new UsageError(`--vs supports ${PEERS.join(", ")}, got "${args.options.vs}"\n${USAGE}`);
    options.vs = peer;
  }
  if (args.options.file !== undefined) {
    if (options.events !== undefined) throw new UsageError(`--file and --events are exclusive\n${USAGE}`);
    if (!existsSync(args.options.file)) throw new UsageError(`no such file: ${args.options.file}\n${USAGE}`);
    options.file = args.options.file;
  }
  return { options, json: args.flags.json === true };
}

/** Runs the command; returns the exit code (0 done, 1 the engines disagree or the run failed, 2 usage). */
export async function runBench(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const { options, json } = parseBenchArgs(argv);
  // Ctrl-C during a long run: exit normally so the temp file's exit hook removes it.
  const onInterrupt = () => process.exit(130);
  process.once("SIGINT", onInterrupt);
  try {
    const report = await runBenchmark({ ...options, log: (line) => err(`[bench] ${line}\n`) });
    out(json ? JSON.stringify(report) + "\n" : formatReport(report) + "\n");
    return 0;
  } catch (e) {
    if (e instanceof AnswerMismatchError) {
      err(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}
