/**
 * A column of small integer codes (code 0 = absent) with per-code row counts
 * and lazily built posting lists. String columns (dictionary codes) and the
 * hour column share it, so filters and group-bys treat them the same way.
 */

export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/** Row ids of each code ≠ 0 for rows [0, builtUpTo), in CSR layout: code c owns rows[offsets[c] .. offsets[c+1]). */
export interface Postings {
  builtUpTo: number;
  offsets: Uint32Array;
  rows: Uint32Array;
}

/** Rows appended since the last build that are scanned instead of rebuilding (a fraction of the built rows, at least this many). */
const MIN_POSTING_TAIL = 4096;

/** Codes per row, counts per code, posting lists on demand. */
export abstract class CodedColumn {
  codes: CodeArray;
  /** counts[c] = rows with code c, for c ≥ 1; counts[0] is refreshed by `countsFor`. */
  protected counts: Uint32Array;
  /** Rows with a code ≠ 0. */
  present = 0;
  private postings: Postings | null = null;

  constructor(
    readonly name: string,
    codes: CodeArray,
    counts: Uint32Array,
  ) {
    this.codes = codes;
    this.counts = counts;
  }

  /** Number of codes in use, code 0 included. */
  abstract get cardinality(): number;
  /** The value a code stands for, as shown ("" = absent). */
  abstract label(code: number): string;

  /** Row counts per code for a table of `size` rows (counts[0] = absent rows). Read-only. */
  countsFor(size: number): Uint32Array {
    this.counts[0] = size - this.present;
    return this.counts;
  }

  /** Distinct non-absent values present in the rows. */
  distinct(): number {
    let n = 0;
    const counts = this.counts;
    for (let c = 1; c < this.cardinality; c++) if (counts[c] !== 0) n++;
    return n;
  }

  /** Records code `code` (≠ 0) for a fresh row. */
  protected put(row: number, code: number): void {
    this.codes[row] = code;
    this.counts[code]++;
    this.present++;
  }

  /** Grows the row capacity (new rows read as absent). */
  grow(capacity: number): void {
    const next = new (this.codes.constructor as { new (n: number): CodeArray })(capacity);
    next.set(this.codes.subarray(0, Math.min(this.codes.length, capacity)));
    this.codes = next;
  }

  /** Forgets rows [size, oldSize): counts drop, codes reset to absent, stale postings dropped. */
  truncate(size: number, oldSize: number): void {
    const codes = this.codes;
    const counts = this.counts;
    for (let i = size; i < oldSize; i++) {
      const c = codes[i];
      if (c !== 0) {
        counts[c]--;
        this.present--;
      }
    }
    codes.fill(0, size, oldSize);
    if (this.postings && this.postings.builtUpTo > size) this.postings = null;
  }

  /** Posting lists covering most rows of a `size`-row table; rows from `builtUpTo` on must be scanned by the caller. */
  postingsFor(size: number): Postings {
    const p = this.postings;
    if (p && size - p.builtUpTo <= Math.max(MIN_POSTING_TAIL, p.builtUpTo >>> 3)) return p;
    return (this.postings = this.buildPostings(size));
  }

  /** Whether posting lists exist (for memory accounting and tests). */
  hasPostings(): boolean {
    return this.postings !== null;
  }

  private buildPostings(size: number): Postings {
    const card = this.cardinality;
    const counts = this.counts;
    const offsets = new Uint32Array(card + 1);
    for (let c = 1; c < card; c++) offsets[c + 1] = offsets[c] + counts[c];
    const rows = new Uint32Array(offsets[card]);
    const cursor = offsets.slice(0, card);
    const codes = this.codes;
    for (let i = 0; i < size; i++) {
      const c = codes[i];
      if (c !== 0) rows[cursor[c]++] = i;
    }
    return { builtUpTo: size, offsets, rows };
  }

  /** Drops posting lists (e.g. to free memory). */
  dropPostings(): void {
    this.postings = null;
  }

  /** Bytes held: codes, counts and posting lists. */
  memoryBytes(): number {
    const p = this.postings;
    return this.codes.byteLength + this.counts.byteLength + (p ? p.offsets.byteLength + p.rows.byteLength : 0);
  }
}

/** Hour of day as code hour+1 (1..24), 0 = absent: a fixed 25-code column. */
export class HourColumn extends CodedColumn {
  constructor(capacity: number) {
    super("hour", new Uint8Array(capacity), new Uint32Array(25));
  }

  get cardinality(): number {
    return 25;
  }

  label(code: number): string {
    return code === 0 ? "" : String(code - 1);
  }

  /** Stores an hour 0-23; anything else reads as absent. */
  set(row: number, hour: number): void {
    if (Number.isInteger(hour) && hour >= 0 && hour < 24) this.put(row, hour + 1);
  }

  /** Stores an hour already in code form (hour + 1; 0 = absent). */
  putCode(row: number, code: number): void {
    if (code >= 1 && code <= 24) this.put(row, code);
  }

  /** The hour of a row, NaN when absent. */
  get(row: number): number {
    const c = this.codes[row];
    return c === 0 ? NaN : c - 1;
  }
}
