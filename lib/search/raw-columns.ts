/**
 * Materialises the raw-record fields a command needs: the records of the
 * frame's rows are read once (batched when the run context can) and every
 * requested path is extracted in the same pass.
 */
import { columnOf, type Column, type Frame } from "./frame";
import { lastKey } from "./raw-view";
import { readPath } from "./record-path";
import { readMany, type RunContext } from "./run-context";
import type { Value } from "./values";

/** Names (of those given) whose column still has to be read from the raw records. */
export function pendingRaw(frame: Frame, names: Iterable<string>): string[] {
  const out: string[] = [];
  for (const n of names) if (columnOf(frame, n)?.kind === "raw" && !out.includes(n)) out.push(n);
  return out;
}

/** The frame with the given raw fields read into per-position columns. */
export async function materializeRaw(frame: Frame, names: string[], ctx: RunContext): Promise<Frame> {
  const pending = pendingRaw(frame, names);
  if (pending.length === 0 || !frame.rows) return frame;
  const paths = pending.map((n) => (columnOf(frame, n) as { path: string }).path);
  const columns: Value[][] = pending.map(() => new Array<Value>(frame.n).fill(null));
  const keys = paths.map((p) => (p === "_raw" ? null : lastKey(p)));
  await readMany(ctx, frame.rows, (i, view) => {
    for (let k = 0; k < paths.length; k++) {
      const key = keys[k];
      if (key === null) columns[k][i] = view.text();
      else if (view.mayHaveKey(key)) columns[k][i] = readPath(view.record(), paths[k]);
    }
  });
  const cols = new Map<string, Column>(frame.cols);
  pending.forEach((n, k) => cols.set(n, { kind: "vals", values: columns[k] }));
  return { ...frame, cols };
}
