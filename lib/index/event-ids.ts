/**
 * Event ids without a million JS strings: a lowercase UUID is kept as its 16
 * bytes (exact round trip), anything else in a fallback Map. Duplicates are
 * found with an open-addressing (linear probing) hash table of row ids over
 * those bytes; the hash is seeded per table so crafted ids cannot force
 * collisions.
 */

/** Kinds of stored ids. */
export const ID_NONE = 0;
export const ID_UUID = 1;
export const ID_OTHER = 2;
const EMPTY = ID_NONE;
const UUID = ID_UUID;
const OTHER = ID_OTHER;
/** Grow the hash table when it would be fuller than this. */
const MAX_LOAD = 0.7;
const HEX = "0123456789abcdef";

/** Per-row event ids with duplicate detection. */
export class EventIdStore {
  private bytes: Uint8Array;
  private kinds: Uint8Array;
  private readonly others = new Map<number, string>();
  private othersBytes = 0;
  /** Slot → row + 1 (0 = empty). */
  private slots = new Uint32Array(1024);
  private entries = 0;
  private readonly seed = (Math.random() * 0x100000000) >>> 0;

  // One row more than the table's capacity: row `size` is always free to parse a probed id into.
  constructor(capacity: number) {
    this.bytes = new Uint8Array((capacity + 1) * 16);
    this.kinds = new Uint8Array(capacity + 1);
  }

  grow(capacity: number): void {
    const bytes = new Uint8Array((capacity + 1) * 16);
    bytes.set(this.bytes.subarray(0, Math.min(bytes.length, this.bytes.length)));
    this.bytes = bytes;
    const kinds = new Uint8Array(capacity + 1);
    kinds.set(this.kinds.subarray(0, Math.min(kinds.length, this.kinds.length)));
    this.kinds = kinds;
  }

  /** Stores the id of fresh row `row`; false (nothing stored) when another row already has it. "" is never a duplicate. */
  add(row: number, id: string): boolean {
    if (id === "") {
      this.kinds[row] = EMPTY;
      return true;
    }
    if (parseUuid(id, this.bytes, row * 16)) this.kinds[row] = UUID;
    else {
      this.kinds[row] = OTHER;
      this.others.set(row, id);
    }
    return this.commit(row, id.length);
  }

  /** Stores a UUID given as its 16 bytes at src[at..at+16) for fresh row `row`; false when already loaded. */
  addBytes(row: number, src: Uint8Array, at: number): boolean {
    const bytes = this.bytes;
    const o = row * 16;
    for (let i = 0; i < 16; i++) bytes[o + i] = src[at + i];
    this.kinds[row] = UUID;
    return this.commit(row, 36);
  }

  /** Indexes the id just staged at `row`, or unstages it when another row has the same id. */
  private commit(row: number, length: number): boolean {
    const slot = this.findSlot(row);
    if (slot >= 0) {
      if (this.kinds[row] === OTHER) this.others.delete(row);
      this.kinds[row] = EMPTY;
      return false;
    }
    if (this.kinds[row] === OTHER) this.othersBytes += 2 * length + 40;
    if (this.entries + 1 > this.slots.length * MAX_LOAD) {
      this.rehash(this.slots.length * 2);
      this.insert(row);
    } else {
      // The probe stopped at the free slot the id belongs in.
      this.slots[-slot - 1] = row + 1;
      this.entries++;
    }
    return true;
  }

  /** The id of a row ("" when it had none). */
  get(row: number): string {
    const k = this.kinds[row];
    if (k === UUID) return formatUuid(this.bytes, row * 16);
    if (k === OTHER) return this.others.get(row) ?? "";
    return "";
  }

  /** The row holding `id`, or -1. */
  find(id: string, size: number): number {
    if (id === "" || size === 0) return -1;
    // Probe with the free row one past the table.
    const probe = size;
    if (parseUuid(id, this.bytes, probe * 16)) this.kinds[probe] = UUID;
    else {
      this.kinds[probe] = OTHER;
      this.others.set(probe, id);
    }
    const slot = this.findSlot(probe);
    if (this.kinds[probe] === OTHER) this.others.delete(probe);
    this.kinds[probe] = EMPTY;
    return slot >= 0 ? this.slots[slot] - 1 : -1;
  }

  /** Forgets the ids of rows [size, oldSize). */
  truncate(size: number, oldSize: number): void {
    for (let row = size; row < oldSize; row++) {
      if (this.kinds[row] === EMPTY) continue;
      this.remove(row);
      if (this.kinds[row] === OTHER) {
        this.othersBytes -= 2 * (this.others.get(row) ?? "").length + 40;
        this.others.delete(row);
      }
      this.kinds[row] = EMPTY;
    }
  }

  /** Sizes the hash table for `entries` ids at once, instead of doubling (and re-inserting every id) as they arrive. */
  reserve(entries: number): void {
    let size = this.slots.length;
    while (entries > size * MAX_LOAD) size *= 2;
    if (size !== this.slots.length) this.rehash(size);
  }

  /** Drops capacity beyond `size` rows. */
  compact(size: number): void {
    this.grow(size);
  }

  memoryBytes(): number {
    return this.bytes.byteLength + this.kinds.byteLength + this.slots.byteLength + this.othersBytes;
  }

  private hash(row: number): number {
    let h = this.seed;
    if (this.kinds[row] === UUID) {
      const b = this.bytes;
      const o = row * 16;
      for (let i = 0; i < 16; i += 4) {
        const w = b[o + i] | (b[o + i + 1] << 8) | (b[o + i + 2] << 16) | (b[o + i + 3] << 24);
        h = Math.imul(h ^ w, 0x9e3779b1);
        h ^= h >>> 15;
      }
    } else {
      const s = this.others.get(row) ?? "";
      for (let i = 0; i < s.length; i++) {
        h = Math.imul(h ^ s.charCodeAt(i), 0x9e3779b1);
        h ^= h >>> 15;
      }
      h ^= s.length;
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  }

  private same(a: number, b: number): boolean {
    const k = this.kinds[a];
    if (k !== this.kinds[b]) return false;
    if (k === OTHER) return this.others.get(a) === this.others.get(b);
    const bytes = this.bytes;
    const oa = a * 16;
    const ob = b * 16;
    for (let i = 0; i < 16; i++) if (bytes[oa + i] !== bytes[ob + i]) return false;
    return true;
  }

  /** Slot of the row with the same id as `row`; when there is none, -(free slot where it would go) - 1. */
  private findSlot(row: number): number {
    const mask = this.slots.length - 1;
    for (let s = this.hash(row) & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s];
      if (e === 0) return -s - 1;
      if (this.same(e - 1, row)) return s;
    }
  }

  private insert(row: number): void {
    const mask = this.slots.length - 1;
    let s = this.hash(row) & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = row + 1;
    this.entries++;
  }

  /** Removes a row's own entry, shifting later entries of its probe run back (no tombstones). */
  private remove(row: number): void {
    const mask = this.slots.length - 1;
    let i = this.hash(row) & mask;
    while (this.slots[i] !== row + 1) {
      if (this.slots[i] === 0) return;
      i = (i + 1) & mask;
    }
    for (let j = (i + 1) & mask; this.slots[j] !== 0; j = (j + 1) & mask) {
      const home = this.hash(this.slots[j] - 1) & mask;
      // Move j back to the hole i unless its home lies cyclically in (i, j].
      const inRun = i <= j ? home > i && home <= j : home > i || home <= j;
      if (!inRun) {
        this.slots[i] = this.slots[j];
        i = j;
      }
    }
    this.slots[i] = 0;
    this.entries--;
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Uint32Array(size);
    this.entries = 0;
    for (let s = 0; s < old.length; s++) if (old[s] !== 0) this.insert(old[s] - 1);
  }
}

/** Writes the 16 bytes of a lowercase 8-4-4-4-12 UUID at `at`; false when `id` is not exactly that shape. */
export function parseUuid(id: string, out: Uint8Array, at: number): boolean {
  if (id.length !== 36) return false;
  let k = at;
  for (let i = 0; i < 36; ) {
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (id.charCodeAt(i) !== 45) return false;
      i++;
      continue;
    }
    const hi = hexValue(id.charCodeAt(i));
    const lo = hexValue(id.charCodeAt(i + 1));
    if (hi < 0 || lo < 0) return false;
    out[k++] = (hi << 4) | lo;
    i += 2;
  }
  return true;
}

/** 0-15 for a lowercase hex digit, -1 otherwise (uppercase would not round-trip). */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function formatUuid(b: Uint8Array, at: number): string {
  let s = "";
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += "-";
    s += HEX[b[at + i] >>> 4] + HEX[b[at + i] & 15];
  }
  return s;
}
