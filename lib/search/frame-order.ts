/**
 * Splunk shows events newest first. Event frames start in index order
 * (ascending rows, cheap to filter); commands that depend on order (head,
 * tail, dedup, table, the event list) put them in event order first.
 */
import { columnOf, selectPositions, type Frame } from "./frame";

/** The frame in Splunk's event order: newest first, later rows first on equal times. */
export function inEventOrder(frame: Frame): Frame {
  if (!frame.rows || frame.ordered) return frame;
  const rows = frame.rows;
  const time = columnOf(frame, "_time");
  const times = time?.kind === "num" && time.byRow ? time.values : null;
  let sorted = true;
  if (times) for (let i = 1; i < rows.length && sorted; i++) sorted = rows[i] > rows[i - 1] && times[rows[i]] >= times[rows[i - 1]];
  const order = new Uint32Array(frame.n);
  for (let i = 0; i < order.length; i++) order[i] = order.length - 1 - i;
  if (!sorted && times) {
    const t = (i: number): number => {
      const v = times[rows[i]];
      return v === v ? v : -Infinity;
    };
    order.sort((a, b) => t(b) - t(a) || rows[b] - rows[a]);
  }
  return { ...selectPositions(frame, order), ordered: true };
}
