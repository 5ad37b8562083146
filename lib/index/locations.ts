/**
 * Where each row's raw record lies (source, byte offset, length), so the
 * record itself never has to stay in memory: the detail view reads it back.
 */
import type { RecordLocation } from "../cloudtrail/types";

/** RecordLocation of every row, as three typed arrays. */
export class LocationStore {
  // Source ids stay 2 bytes until an upload has more than 65,536 files.
  private sources: Uint16Array | Uint32Array;
  private offsets: Float64Array;
  private lengths: Uint32Array;

  constructor(capacity: number) {
    this.sources = new Uint16Array(capacity);
    this.offsets = new Float64Array(capacity);
    this.lengths = new Uint32Array(capacity);
  }

  set(row: number, loc: RecordLocation): void {
    this.setParts(row, loc.sourceId, loc.offset, loc.length);
  }

  setParts(row: number, sourceId: number, offset: number, length: number): void {
    if (sourceId > 0xffff && this.sources instanceof Uint16Array) {
      const wide = new Uint32Array(this.sources.length);
      wide.set(this.sources);
      this.sources = wide;
    }
    this.sources[row] = sourceId;
    this.offsets[row] = offset;
    this.lengths[row] = length;
  }

  get(row: number): RecordLocation {
    return { sourceId: this.sources[row], offset: this.offsets[row], length: this.lengths[row] };
  }

  grow(capacity: number): void {
    this.sources = resized(this.sources, capacity);
    this.offsets = resized(this.offsets, capacity);
    this.lengths = resized(this.lengths, capacity);
  }

  memoryBytes(): number {
    return this.sources.byteLength + this.offsets.byteLength + this.lengths.byteLength;
  }
}

function resized<T extends Uint16Array | Uint32Array | Float64Array>(a: T, capacity: number): T {
  const next = new (a.constructor as { new (n: number): T })(capacity);
  next.set(a.subarray(0, Math.min(capacity, a.length)) as never);
  return next;
}
