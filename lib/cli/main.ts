/**
 * The command-line entry: the same lib/ as the browser worker, in Node.
 * `npm run -s cli -- <command> ...`
 */
import { runBench } from "./commands/bench";
import { runGenerate } from "./commands/generate";
import { runDetect } from "./commands/detect";
import { runIngest } from "./commands/ingest";
import { runQuery } from "./commands/query";
import { UsageError } from "./args";

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  generate: runGenerate,
  ingest: (argv) => runIngest(argv),
  detect: runDetect,
  query: (argv) => runQuery(argv),
  bench: runBench,
};

const HELP = `usage: npm run -s cli -- <command> [options]
commands:
  generate [--seed N] [--start DATE] [--days N] [--events N] [--format jsonl|s3] --out PATH
  ingest PATH... [--json]
  detect PATH... [--json]
  query 'SPL' PATH... [--json]
  bench [--events N] [--vs duckdb] [--threads N] [--json] [--file PATH]`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "help") {
    process.stdout.write(HELP + "\n");
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${command}"\n${HELP}`);
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
