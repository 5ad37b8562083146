/**
 * What a search runs against: the index, a way to read raw records back
 * (for fields the index does not hold), and the clock.
 */
import type { JsonObject } from "../cloudtrail/types";
import type { EventTable } from "../index/table";
import { recordView, type RawView } from "./raw-view";

export interface RunContext {
  table: EventTable;
  /** The raw record of an index row (unwrapped from any envelope). */
  readRecord(row: number): Promise<JsonObject>;
  /** Optional batched reader: calls `each(i, record)` for rows[i], in any order. Much faster than one readRecord per row. */
  readRecords?(rows: ArrayLike<number>, each: (i: number, record: JsonObject) => void, signal?: AbortSignal): Promise<void>;
  /** Optional batched reader of raw views (stored bytes, parsed on demand): free text then needs no JSON parsing. createRecordReader gives one. */
  readViews?(rows: ArrayLike<number>, each: (i: number, view: RawView) => void, signal?: AbortSignal): Promise<void>;
  signal?: AbortSignal;
  /** "Now" in epoch ms (relative earliest=/latest= and now()); defaults to Date.now(). */
  now?: number;
}

/** Concurrent single reads when no batched reader is given. */
const CONCURRENCY = 16;

/** A raw record could not be read back (the file changed or went away). */
export class RawReadError extends Error {
  override name = "RawReadError";
}

/** Reads the raw records of `rows`, calling `each(i, view)` for rows[i], with the fastest reader the context has. */
export async function readMany(ctx: RunContext, rows: ArrayLike<number>, each: (i: number, view: RawView) => void): Promise<void> {
  try {
    if (rows.length === 0) return;
    if (ctx.readViews) await ctx.readViews(rows, each, ctx.signal);
    else await readAll(ctx, rows, (i, record) => each(i, recordView(record)));
  } catch (e) {
    if (e instanceof Error && e.name === "AbortError") throw e;
    throw new RawReadError(e instanceof Error ? e.message : String(e));
  }
}

async function readAll(ctx: RunContext, rows: ArrayLike<number>, each: (i: number, record: JsonObject) => void): Promise<void> {
  if (rows.length === 0) return;
  if (ctx.readRecords) return ctx.readRecords(rows, each, ctx.signal);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rows.length) {
      throwIfAborted(ctx.signal);
      const i = next++;
      each(i, await ctx.readRecord(rows[i]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
}

/** Throws the standard AbortError when the search was cancelled. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const e = new Error("search cancelled");
    e.name = "AbortError";
    throw e;
  }
}
