/**
 * A small cache of row windows of one selection: the table asks for the
 * visible range, the cache says which fixed-size pages are missing (and marks
 * them in flight so a fast scroll does not ask twice), and keeps at most
 * `maxPages` pages, dropping the least recently visible.
 */
import type { CellValue } from "../../lib/index/types";

/** One fetched page: `rows(resultId, start, end, fields)` as the worker answered it. */
export interface RowPage {
  start: number;
  rowIds: Uint32Array;
  columns: Record<string, CellValue[]>;
}

/** Where row `index` of the selection lives. */
export interface RowRef {
  index: number;
  rowId: number;
  page: RowPage;
  offset: number;
}

/** The page of rows not fetched yet: no columns, so every cell of a pending row is blank. */
const PENDING_PAGE: RowPage = { start: 0, rowIds: new Uint32Array(0), columns: Object.create(null) as Record<string, CellValue[]> };

/** A stand-in for row `index` while its page loads: drawn with the same cells, blank, so nothing is rebuilt when it arrives. */
export function pendingRow(index: number): RowRef {
  return { index, rowId: -1, page: PENDING_PAGE, offset: 0 };
}

/** Whether `row` is a stand-in for a row still loading. */
export function isPending(row: RowRef): boolean {
  return row.rowId < 0;
}

export class WindowCache {
  private readonly pages = new Map<number, RowPage>();
  private readonly inflight = new Set<number>();

  constructor(
    readonly total: number,
    readonly pageSize = 100,
    readonly maxPages = 24,
  ) {}

  /** Page numbers that cover [start, end), clipped to the selection. */
  pagesFor(start: number, end: number): number[] {
    const from = Math.max(0, Math.floor(start / this.pageSize));
    const to = Math.min(Math.ceil(this.total / this.pageSize), Math.ceil(Math.max(start, end) / this.pageSize));
    const out: number[] = [];
    for (let p = from; p < to; p++) out.push(p);
    return out;
  }

  /** Marks [start, end) as wanted: refreshes those pages' recency and returns the ones to fetch (now in flight). */
  want(start: number, end: number): number[] {
    const needed = this.pagesFor(start, end);
    const missing: number[] = [];
    for (const p of needed) {
      const page = this.pages.get(p);
      if (page) {
        this.pages.delete(p);
        this.pages.set(p, page);
      } else if (!this.inflight.has(p)) {
        this.inflight.add(p);
        missing.push(p);
      }
    }
    return missing;
  }

  /** The absolute [start, end) of page `p`. */
  pageBounds(p: number): { start: number; end: number } {
    const start = p * this.pageSize;
    return { start, end: Math.min(this.total, start + this.pageSize) };
  }

  /** Stores a fetched page, evicting the least recently wanted ones over the limit. */
  put(p: number, page: RowPage): void {
    this.inflight.delete(p);
    this.pages.set(p, page);
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next().value as number;
      this.pages.delete(oldest);
    }
  }

  /** Forgets that page `p` was in flight (its fetch failed), so it can be asked again. */
  fail(p: number): void {
    this.inflight.delete(p);
  }

  /** Row `index`, when its page is loaded. */
  row(index: number): RowRef | undefined {
    if (index < 0 || index >= this.total) return undefined;
    const page = this.pages.get(Math.floor(index / this.pageSize));
    if (!page) return undefined;
    const offset = index - page.start;
    const rowId = page.rowIds[offset];
    return rowId === undefined ? undefined : { index, rowId, page, offset };
  }

  /** Number of pages held. */
  get size(): number {
    return this.pages.size;
  }
}
