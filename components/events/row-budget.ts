/**
 * How many rows of the events table a frame may fill with new text. A frame
 * that would put new rows of text in more than a third of the places on
 * screen (a jump: a scrollbar drag or a wheel turn past a screen; or a page
 * of rows landing where blank rows were waiting) fills them from the top, a
 * third per frame: thirty new rows of text cost 30-50 ms of layout on a slow
 * laptop, about the 50 ms a main-thread task may take, and a third keeps a
 * frame near 20 ms. A place left for later keeps what it showed and is drawn
 * hidden, so no place on screen shows (or opens) an event other than the one
 * it stands for. A short scroll (rows in common with what is on screen) and a
 * new result are drawn at once.
 */
import { isPending, pendingRow, type RowRef } from "./window-cache";

/** Fewest rows on screen for their new content to be spread over frames (a short table draws at once). */
export const MIN_SPLIT_ROWS = 12;

/** What one slot of the table draws this frame. */
export interface PlannedRow {
  row: RowRef;
  /** Still the row it showed before (hidden): its new content comes next frame. */
  stale: boolean;
}

/** Whether two refs show the same content (refs are rebuilt on every render; pages are not). */
export function sameContent(a: RowRef, b: RowRef): boolean {
  return a.index === b.index && a.page === b.page && a.rowId === b.rowId;
}

/** Rows a frame may give new text in a table of `span` rows: a third of them (all of a short table). */
export function frameBudget(span: number): number {
  return span >= MIN_SPLIT_ROWS ? Math.ceil(span / 3) : span;
}

/**
 * The rows to draw in slots [0, span) for rows first…first+span (`want[slot]`, undefined = not fetched), given
 * what each slot showed at the last commit (`prev`) and how many slots may still get new text before the next
 * frame (`budget`: several commits can land between two frames, e.g. two pages of rows arriving).
 * Slots are places on screen, not rows: a scroll of three rows gives every place new text. A place that was blank
 * and stays blank (a row still loading) costs nothing.
 */
export function planRows(
  prev: readonly RowRef[],
  want: readonly (RowRef | undefined)[],
  first: number,
  span: number,
  budget = frameBudget(span),
): { rows: PlannedRow[]; deferred: number; spent: number } {
  let left = budget;
  let deferred = 0;
  const rows: PlannedRow[] = [];
  for (let slot = 0; slot < span; slot++) {
    const next = want[slot] ?? pendingRow(first + slot);
    const had = prev[slot];
    const free =
      had === undefined ||
      sameContent(had, next) ||
      (isPending(had) && isPending(next)) ||
      // A short scroll (or a new result): the place showed a row near the one it will show. Drawn at once; a place
      // still holding a row from before a jump is far from its new one and waits its turn.
      (!isPending(had) && !isPending(next) && Math.abs(had.index - next.index) < span);
    if (free) rows.push({ row: next, stale: false });
    else if (left > 0) {
      left--;
      rows.push({ row: next, stale: false });
    } else {
      deferred++;
      rows.push({ row: had, stale: true });
    }
  }
  return { rows, deferred, spent: budget - left };
}
