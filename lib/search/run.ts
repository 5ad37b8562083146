/**
 * runSearch: a query (or a parsed pipeline) → a result over the loaded
 * index. The base search selects rows through the index; each command turns
 * the frame into the next one, reading raw records only for fields the index
 * does not hold. Never throws: problems come back as an error result with
 * the position of the part of the query at fault.
 */
import { SearchFailure, type Pipeline, type Span } from "./ast";
import { commandNamed } from "./commands/registry";
import type { CommandEnv } from "./commands/types";
import { runBase } from "./filter/run";
import { eventFrame, type Frame } from "./frame";
import { indexSource, isRecordPath, similarFields } from "./index-source";
import { MESSAGES } from "./messages";
import { parseSearch } from "./parser";
import { materializeRaw } from "./raw-columns";
import type { SearchResult } from "./result";
import { RawReadError, type RunContext } from "./run-context";
import { toResult } from "./output";

/** Above this many raw reads in the base search, the result says why it was slow. */
const RAW_READ_WARNING = 10_000;

/** Checks, before running anything, that every field the event stage reads exists (or is created earlier). */
function checkFields(p: Pipeline, ctx: RunContext): void {
  const t = ctx.table;
  const defined = new Set<string>();
  for (const cmd of p.commands) {
    const def = commandNamed(cmd.name);
    if (!def) continue;
    for (const f of def.reads(cmd.args)) {
      if (defined.has(f.name) || f.name === "_time" || t.hasField(f.name) || isRecordPath(f.name)) continue;
      const similar = similarFields(t, f.name);
      throw SearchFailure.at(f, f.inExpr ? MESSAGES.unknownFieldInExpr(f.name, similar) : MESSAGES.unknownField(f.name, similar));
    }
    for (const w of def.writes?.(cmd.args) ?? []) defined.add(w);
    if (def.transforming) return;
  }
}

function errorResult(e: unknown, at: Span, started: number): SearchResult {
  const elapsedMs = performance.now() - started;
  if (e instanceof SearchFailure) return { kind: "error", error: e.toError(), elapsedMs };
  const err = e instanceof Error ? e : new Error(String(e));
  const message = err.name === "AbortError" ? MESSAGES.cancelled() : err instanceof RawReadError ? MESSAGES.readFailed(err.message) : MESSAGES.internal(err.message);
  return { kind: "error", error: { message, start: at.start, end: at.end }, elapsedMs };
}

/** Runs a search over the context's index. */
export async function runSearch(query: string | Pipeline, ctx: RunContext): Promise<SearchResult> {
  const started = performance.now();
  let pipeline: Pipeline;
  if (typeof query === "string") {
    const parsed = parseSearch(query);
    if (!parsed.ok) return { kind: "error", error: parsed.error, elapsedMs: performance.now() - started };
    pipeline = parsed.pipeline;
  } else pipeline = query;
  let at: Span = { start: 0, end: pipeline.text.length };
  try {
    const nowMs = ctx.now ?? Date.now();
    checkFields(pipeline, ctx);
    const warnings: string[] = [];
    const env: CommandEnv = { now: nowMs / 1000, warn: (m) => warnings.push(m) };
    const base = await runBase(pipeline.search, ctx, nowMs);
    if (base.rawReads > RAW_READ_WARNING) warnings.push(`Read ${base.rawReads} raw records to check terms the index does not hold (free text, non-indexed fields); add indexed terms such as eventName=… to narrow the search`);
    let frame: Frame = eventFrame(base.rows, indexSource(ctx.table));
    for (const cmd of pipeline.commands) {
      at = cmd;
      const def = commandNamed(cmd.name);
      if (!def) throw SearchFailure.at(cmd.nameSpan, MESSAGES.unknownCommand(cmd.name, []));
      if (frame.rows) frame = await materializeRaw(frame, def.reads(cmd.args).map((f) => f.name), ctx);
      frame = def.run(frame, cmd.args, env, cmd);
    }
    return toResult(frame, ctx.table, base.rows.length, performance.now() - started, warnings);
  } catch (e) {
    return errorResult(e, at, started);
  }
}
