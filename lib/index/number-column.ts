/**
 * A numeric column where most rows may be absent (bytes transferred exist on
 * S3 data events only). It starts sparse (row ids + values, 12 bytes per
 * present row) and turns dense (8 bytes per row, NaN = absent) once that is
 * smaller.
 */

/** Below this many rows a column stays sparse: the arrays are tiny either way. */
const MIN_DENSE_ROWS = 1024;

/** A number column, sparse or dense. */
export class NumberColumn {
  private dense: Float64Array | null = null;
  private ids = new Uint32Array(16);
  private vals = new Float64Array(16);
  /** Present rows held sparsely. */
  private n = 0;
  /** Present (non-NaN) rows. */
  present = 0;

  constructor(
    readonly name: string,
    private capacity: number,
  ) {}

  /** Stores a value for a fresh row (NaN or non-numbers stay absent). */
  set(row: number, v: number): void {
    if (typeof v !== "number" || v !== v) return;
    this.present++;
    if (this.dense) {
      this.dense[row] = v;
      return;
    }
    if (this.n === this.ids.length) this.resizeSparse(this.n * 2);
    this.ids[this.n] = row;
    this.vals[this.n++] = v;
    if (row >= MIN_DENSE_ROWS && this.n * 12 > (row + 1) * 8) this.densify();
  }

  /** The value of a row, NaN when absent. */
  get(row: number): number {
    if (this.dense) return this.dense[row];
    const ids = this.ids;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.n && ids[lo] === row ? this.vals[lo] : NaN;
  }

  /** Every row's value for a `size`-row table (NaN = absent), as a new array. */
  materialize(size: number): Float64Array {
    if (this.dense) return this.dense.slice(0, size);
    const out = new Float64Array(size).fill(NaN);
    for (let i = 0; i < this.n; i++) out[this.ids[i]] = this.vals[i];
    return out;
  }

  grow(capacity: number): void {
    this.capacity = capacity;
    if (!this.dense) return;
    const next = new Float64Array(capacity).fill(NaN);
    next.set(this.dense.subarray(0, Math.min(capacity, this.dense.length)));
    this.dense = next;
  }

  /** Forgets rows [size, oldSize). */
  truncate(size: number, oldSize: number): void {
    if (this.dense) {
      for (let i = size; i < oldSize; i++) if (this.dense[i] === this.dense[i]) this.present--;
      this.dense.fill(NaN, size, oldSize);
      return;
    }
    let keep = this.n;
    while (keep > 0 && this.ids[keep - 1] >= size) keep--;
    this.present -= this.n - keep;
    this.n = keep;
  }

  /** Picks the smaller layout for a `size`-row table and drops slack. */
  compact(size: number): void {
    this.capacity = size;
    if (this.dense && this.present * 12 < size * 8) {
      const dense = this.dense;
      this.dense = null;
      this.ids = new Uint32Array(this.present);
      this.vals = new Float64Array(this.present);
      this.n = 0;
      for (let i = 0; i < size; i++) if (dense[i] === dense[i]) (this.ids[this.n] = i), (this.vals[this.n++] = dense[i]);
    } else if (this.dense) this.dense = this.dense.slice(0, size);
    else this.resizeSparse(this.n);
  }

  private densify(): void {
    const dense = new Float64Array(this.capacity).fill(NaN);
    for (let i = 0; i < this.n; i++) dense[this.ids[i]] = this.vals[i];
    this.dense = dense;
    this.ids = new Uint32Array(0);
    this.vals = new Float64Array(0);
    this.n = 0;
  }

  private resizeSparse(len: number): void {
    const ids = new Uint32Array(Math.max(len, 16));
    const vals = new Float64Array(ids.length);
    ids.set(this.ids.subarray(0, this.n));
    vals.set(this.vals.subarray(0, this.n));
    this.ids = ids;
    this.vals = vals;
  }

  memoryBytes(): number {
    return this.dense ? this.dense.byteLength : this.ids.byteLength + this.vals.byteLength;
  }
}
