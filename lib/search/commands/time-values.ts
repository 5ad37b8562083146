/** Event times in epoch ms per position, read straight from the index when the frame holds events. */
import { columnOf, readerOf, type Column, type Frame } from "../frame";
import { toNumber } from "../values";

/** The times of a column in ms (NaN = none): time columns as stored, other values as epoch seconds. */
export function timesMsOf(frame: Frame, col: Column): Float64Array {
  const out = new Float64Array(frame.n);
  if (col.kind === "num" && col.time) {
    if (col.byRow) {
      const rows = frame.rows as Uint32Array;
      for (let i = 0; i < out.length; i++) out[i] = col.values[rows[i]];
    } else out.set(col.values.subarray(0, frame.n));
    return out;
  }
  const read = readerOf(frame, col);
  for (let i = 0; i < out.length; i++) out[i] = toNumber(read(i)) * 1000;
  return out;
}

/** `_time` of every position in ms (NaN = none), or null when the frame has no `_time`. */
export function timesMs(frame: Frame): Float64Array | null {
  const col = columnOf(frame, "_time");
  return col === null ? null : timesMsOf(frame, col);
}
