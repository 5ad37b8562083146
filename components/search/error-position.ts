/**
 * Where a search error is: line and column (1-based, as editors count) and
 * an excerpt of that line with the faulty span marked. The span comes from
 * the parser as [start, end) offsets into the query text.
 */

export interface ErrorPosition {
  line: number;
  column: number;
  /** The excerpt around the span: text before it, the span itself, text after it. */
  before: string;
  marked: string;
  after: string;
  /** True when the excerpt was cut at the start / the end of the line. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** Characters of the line shown before and after the span (lines can be very long). */
const CONTEXT = 60;
const MAX_MARKED = 120;

/** The position of [start, end) in `query`; offsets outside the text are clamped, a span crossing lines stops at its line's end. */
export function errorPosition(query: string, start: number, end: number): ErrorPosition {
  const from = Math.max(0, Math.min(Math.trunc(start) || 0, query.length));
  const lineStart = query.lastIndexOf("\n", from - 1) + 1;
  const nl = query.indexOf("\n", from);
  const lineEnd = nl < 0 ? query.length : nl;
  const to = Math.max(from, Math.min(Math.trunc(end) || 0, lineEnd, from + MAX_MARKED));
  let line = 1;
  for (let i = query.indexOf("\n"); i >= 0 && i < from; i = query.indexOf("\n", i + 1)) line++;
  const shownFrom = Math.max(lineStart, from - CONTEXT);
  const shownTo = Math.min(lineEnd, to + CONTEXT);
  return {
    line,
    column: from - lineStart + 1,
    before: query.slice(shownFrom, from),
    marked: query.slice(from, to),
    after: query.slice(to, shownTo),
    cutStart: shownFrom > lineStart,
    cutEnd: shownTo < lineEnd,
  };
}
