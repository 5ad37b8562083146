/**
 * `generate [--seed N] [--start DATE] [--days N] [--events N] [--events-per-day N] [--scenarios LIST]
 *           [--format jsonl|s3] [--window-minutes N] [--out PATH]`
 * Writes the FakeTShirtCo demo dataset. JSON lines go to PATH, or to stdout when PATH is "-" or missing;
 * `--format s3` writes the CloudTrail S3 folder tree (AWSLogs/...) under PATH. Output streams with
 * backpressure, so 10M events never sit in memory.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import { parseArgs, UsageError } from "../args";
import { planGeneration, recordsOf, type CloudTrailRecord } from "../../generate/generate";
import { jsonlChunks } from "../../generate/jsonl";
import type { GenerateOptions } from "../../generate/options";
import { s3DeliveryFiles } from "../../generate/s3-layout";

export const GENERATE_USAGE = `usage: cli generate [--seed N] [--start YYYY-MM-DD] [--days N] [--events N] [--events-per-day N]
                    [--scenarios exfil|none] [--format jsonl|s3] [--window-minutes N] [--out PATH]
  no options: the seed's 14-day demo (2026-01-01..14, scenario exfil) as JSON lines on stdout
  --events N          exactly N records in total (normal traffic scaled, the scenario as written); accepts 1M, 200k
  --events-per-day N  N normal events every day (default: the seed's 50-200, weekdays busier)
  --out PATH          JSON lines file ("-" or missing: stdout); with --format s3 the folder to write AWSLogs/... into
  --window-minutes N  minutes of activity per S3 delivery file (default 5)`;

interface GenerateCommand {
  options: Partial<GenerateOptions>;
  format: "jsonl" | "s3";
  out: string | null;
  windowMinutes: number;
}

function count(name: string, value: string, min: number): number {
  const m = /^(\d+)([kKmM]?)$/.exec(value.replaceAll("_", ""));
  const n = m ? Number(m[1]) * (m[2] === "" ? 1 : m[2].toLowerCase() === "k" ? 1_000 : 1_000_000) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${value}"\n${GENERATE_USAGE}`);
  return n;
}

/** Parses the command line; throws UsageError. */
export function parseGenerateArgs(argv: string[]): GenerateCommand {
  const a = parseArgs(argv, { flags: [], options: ["seed", "start", "days", "events", "events-per-day", "scenarios", "format", "window-minutes", "out"] }, GENERATE_USAGE);
  if (a.positional.length > 0) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${GENERATE_USAGE}`);
  const o = a.options;
  const options: Partial<GenerateOptions> = {};
  if (o.seed !== undefined) {
    if (!/^-?\d+$/.test(o.seed)) throw new UsageError(`--seed must be an integer, got "${o.seed}"\n${GENERATE_USAGE}`);
    options.seed = Number(o.seed);
  }
  if (o.start !== undefined) options.start = o.start;
  if (o.days !== undefined) options.days = count("days", o.days, 1);
  if (o.events !== undefined) options.events = count("events", o.events, 0);
  if (o["events-per-day"] !== undefined) options.eventsPerDay = count("events-per-day", o["events-per-day"], 0);
  if (o.scenarios !== undefined) options.scenarios = o.scenarios === "none" ? [] : o.scenarios.split(",").filter((s) => s !== "");
  const format = o.format ?? "jsonl";
  if (format !== "jsonl" && format !== "s3") throw new UsageError(`--format must be jsonl or s3, got "${format}"\n${GENERATE_USAGE}`);
  const out = o.out === undefined || o.out === "-" ? null : o.out;
  if (format === "s3" && out === null) throw new UsageError(`--format s3 needs --out FOLDER\n${GENERATE_USAGE}`);
  const windowMinutes = o["window-minutes"] === undefined ? 5 : count("window-minutes", o["window-minutes"], 1);
  if (windowMinutes > 1440) throw new UsageError(`--window-minutes must be at most 1440\n${GENERATE_USAGE}`);
  return { options, format, out, windowMinutes };
}

/** Writes chunks in order, waiting for 'drain' whenever the stream's buffer is full. */
async function writeChunks(stream: Writable, chunks: Iterable<Uint8Array>): Promise<number> {
  let failure: Error | null = null;
  const onError = (e: Error): void => {
    failure = e;
  };
  stream.on("error", onError);
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      if (failure) throw failure;
      bytes += chunk.byteLength;
      if (!stream.write(chunk)) await once(stream, "drain");
    }
    if (failure) throw failure;
  } finally {
    stream.off("error", onError);
  }
  return bytes;
}

async function writeJsonl(cmd: GenerateCommand, records: Iterable<CloudTrailRecord>): Promise<number> {
  if (cmd.out === null) return writeChunks(process.stdout, jsonlChunks(records));
  await mkdir(path.dirname(path.resolve(cmd.out)), { recursive: true });
  const file = createWriteStream(cmd.out);
  await once(file, "open");
  const bytes = await writeChunks(file, jsonlChunks(records));
  file.end();
  await once(file, "close");
  return bytes;
}

/** Runs `generate`; returns the exit code (0 written, 1 I/O error, 2 usage error). */
export async function runGenerate(argv: string[], log: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  let cmd: GenerateCommand;
  let plan: ReturnType<typeof planGeneration>;
  try {
    cmd = parseGenerateArgs(argv);
    plan = planGeneration(cmd.options);
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof RangeError)) throw e;
    log(`${e.message}${e instanceof RangeError ? `\n${GENERATE_USAGE}` : ""}\n`);
    return 2;
  }
  const started = Date.now();
  try {
    let bytes = 0;
    let files = 0;
    if (cmd.format === "jsonl") bytes = await writeJsonl(cmd, recordsOf(plan));
    else {
      const root = cmd.out as string;
      const made = new Set<string>();
      for (const f of s3DeliveryFiles(recordsOf(plan), { windowMinutes: cmd.windowMinutes, seed: plan.options.seed })) {
        const target = path.join(root, ...f.path.split("/"));
        const dir = path.dirname(target);
        if (!made.has(dir)) {
          await mkdir(dir, { recursive: true });
          made.add(dir);
        }
        await writeFile(target, f.bytes);
        bytes += f.bytes.byteLength;
        files++;
      }
    }
    const where = cmd.out === null ? "stdout" : cmd.out;
    const what = cmd.format === "s3" ? `${files} delivery files, ${bytes} bytes gzipped` : `${bytes} bytes`;
    log(`generated ${plan.total} events (${what}) in ${((Date.now() - started) / 1000).toFixed(1)} s → ${where}\n`);
    return 0;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // A closed pipe (e.g. `| head`) is the reader's choice, not a failure.
    if (err.code === "EPIPE") return 0;
    log(`generate: ${err.message}\n`);
    return 1;
  }
}
