/** Command line of `bench:browser`. */
import { parseArgs, UsageError } from "../../cli/args";

export const USAGE = "usage: bench:browser [--events N] [--json] [--no-build] [--port N] [--clicks N] [--trace FILE]";

export interface BrowserBenchOptions {
  events: number;
  json: boolean;
  /** Build `out/` when it is missing or older than the sources (true), or never (false: fail when missing). */
  build: boolean;
  /** Static server port; 0 = any free port. */
  port: number;
  /** Filter clicks to time (the first two are warm-ups and not counted). */
  clicks: number;
  /** Chromium trace of the scrolling step, for chrome://tracing or Perfetto (null: none). */
  trace: string | null;
}

function positiveInt(name: string, raw: string, min: number): number {
  const n = /^\d+$/.test(raw.replace(/_/g, "")) ? Number(raw.replace(/_/g, "")) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${raw}"\n${USAGE}`);
  return n;
}

/** Parses argv (UsageError on anything invalid). */
export function parseBrowserBenchArgs(argv: string[]): BrowserBenchOptions {
  const a = parseArgs(argv, { flags: ["json", "no-build"], options: ["events", "port", "clicks", "trace"] }, USAGE);
  if (a.positional.length) throw new UsageError(`unexpected argument "${a.positional[0]}"\n${USAGE}`);
  return {
    events: a.options.events === undefined ? 1_000_000 : positiveInt("events", a.options.events, 1000),
    json: a.flags.json === true,
    build: a.flags["no-build"] !== true,
    port: a.options.port === undefined ? 0 : positiveInt("port", a.options.port, 1),
    clicks: a.options.clicks === undefined ? 20 : positiveInt("clicks", a.options.clicks, 2),
    trace: a.options.trace ?? null,
  };
}
