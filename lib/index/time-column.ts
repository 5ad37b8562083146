/**
 * Event times (epoch ms) with what makes time ranges cheap: whether rows are
 * in time order (then a range is one binary-searched row interval) and, for
 * data that is only roughly ordered (S3 folders by region, files of
 * overlapping 5-minute windows), the min/max time of every block of rows, so
 * a range only visits the blocks that can hold it.
 */

const BLOCK_SHIFT = 8;
/** Rows per block of the min/max map. */
export const TIME_BLOCK = 1 << BLOCK_SHIFT;

/** Row intervals [lo, hi) as flat pairs; `exact` when every row in them is inside the time range. */
export interface RowRanges {
  ranges: number[];
  exact: boolean;
}

/** Event times with order tracking and per-block min/max. */
export class TimeColumn {
  values: Float64Array;
  private blockMin: Float64Array;
  private blockMax: Float64Array;
  /** First row whose time is earlier than (or not comparable to) the row before; Infinity when ordered. */
  private unorderedAt = Infinity;
  /** Rows whose time is NaN (the normaliser rejects those; kept safe anyway). */
  private nanRows = 0;

  constructor(capacity: number) {
    this.values = new Float64Array(capacity);
    this.blockMin = new Float64Array(blocksFor(capacity));
    this.blockMax = new Float64Array(blocksFor(capacity));
  }

  set(row: number, t: number): void {
    this.values[row] = t;
    if (t !== t) this.nanRows++;
    if (row > 0 && !(t >= this.values[row - 1]) && row < this.unorderedAt) this.unorderedAt = row;
    const b = row >>> BLOCK_SHIFT;
    if ((row & (TIME_BLOCK - 1)) === 0) {
      this.blockMin[b] = t === t ? t : Infinity;
      this.blockMax[b] = t === t ? t : -Infinity;
    } else {
      if (t < this.blockMin[b]) this.blockMin[b] = t;
      if (t > this.blockMax[b]) this.blockMax[b] = t;
    }
  }

  /** Whether rows [0, size) are in time order. */
  ordered(size: number): boolean {
    return this.unorderedAt >= size;
  }

  grow(capacity: number): void {
    const v = new Float64Array(capacity);
    v.set(this.values.subarray(0, Math.min(capacity, this.values.length)));
    this.values = v;
    const blocks = blocksFor(capacity);
    const lo = new Float64Array(blocks);
    const hi = new Float64Array(blocks);
    lo.set(this.blockMin.subarray(0, Math.min(blocks, this.blockMin.length)));
    hi.set(this.blockMax.subarray(0, Math.min(blocks, this.blockMax.length)));
    this.blockMin = lo;
    this.blockMax = hi;
  }

  truncate(size: number, oldSize: number): void {
    if (this.unorderedAt >= size) this.unorderedAt = Infinity;
    for (let i = size; i < oldSize; i++) if (this.values[i] !== this.values[i]) this.nanRows--;
    if ((size & (TIME_BLOCK - 1)) === 0) return;
    // The last block is now partial: recompute its bounds from the rows kept.
    const b = size >>> BLOCK_SHIFT;
    let min = Infinity;
    let max = -Infinity;
    for (let i = b << BLOCK_SHIFT; i < size; i++) {
      const t = this.values[i];
      if (t < min) min = t;
      if (t > max) max = t;
    }
    this.blockMin[b] = min;
    this.blockMax[b] = max;
  }

  /** Earliest and latest time of rows [0, size), null when there are none. */
  range(size: number): { start: number; end: number } | null {
    let min = Infinity;
    let max = -Infinity;
    const blocks = blocksFor(size);
    for (let b = 0; b < blocks; b++) {
      if (this.blockMin[b] < min) min = this.blockMin[b];
      if (this.blockMax[b] > max) max = this.blockMax[b];
    }
    return min <= max ? { start: min, end: max } : null;
  }

  /** The rows of a `size`-row table that may hold times in [start, end). */
  rowRanges(start: number, end: number, size: number): RowRanges {
    if (!(start < end) || size === 0) return { ranges: [], exact: true };
    if (this.ordered(size)) {
      const lo = this.lowerBound(start, size);
      const hi = this.lowerBound(end, size);
      return { ranges: lo < hi ? [lo, hi] : [], exact: true };
    }
    const ranges: number[] = [];
    let exact = true;
    const blocks = blocksFor(size);
    for (let b = 0; b < blocks; b++) {
      const min = this.blockMin[b];
      const max = this.blockMax[b];
      if (!(max >= start && min < end)) continue;
      if (!(min >= start && max < end)) exact = false;
      const lo = b << BLOCK_SHIFT;
      const hi = Math.min(size, lo + TIME_BLOCK);
      if (ranges.length > 0 && ranges[ranges.length - 1] === lo) ranges[ranges.length - 1] = hi;
      else ranges.push(lo, hi);
    }
    // min/max ignore NaN times, so a block can hold a row outside any range: check rows one by one then.
    return { ranges, exact: exact && this.nanRows === 0 };
  }

  private lowerBound(t: number, size: number): number {
    const v = this.values;
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (v[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  memoryBytes(): number {
    return this.values.byteLength + this.blockMin.byteLength + this.blockMax.byteLength;
  }
}

function blocksFor(rows: number): number {
  return Math.ceil(rows / TIME_BLOCK);
}

