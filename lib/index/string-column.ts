/**
 * A dictionary-encoded string column: each distinct value is stored once and
 * rows hold its code in the narrowest typed array that fits (Uint8 → Uint16 →
 * Uint32 as the dictionary grows). Code 0 is "" (absent).
 */
import { CodedColumn, type CodeArray } from "./coded-column";

/** Estimated bytes of one dictionary entry beyond its characters (string header, Map entry, array slot). */
export const DICT_ENTRY_OVERHEAD = 40;

/** A dictionary-encoded string column. */
export class StringColumn extends CodedColumn {
  /** Value of each code; dict[0] = "". Read-only outside this class. */
  readonly dict: string[] = [""];
  private readonly lookup = new Map<string, number>();
  private dictBytes = 0;
  // Consecutive records often repeat a value (account, region, version): skip the Map lookup then.
  private lastValue = "";
  private lastCode = 0;
  private rankCache: Uint32Array | null = null;

  constructor(name: string, capacity: number) {
    super(name, new Uint8Array(capacity), new Uint32Array(16));
  }

  get cardinality(): number {
    return this.dict.length;
  }

  label(code: number): string {
    return this.dict[code];
  }

  /** Stores `value` for a fresh row ("" stays absent). */
  set(row: number, value: string): void {
    if (value === "") return;
    let code: number;
    if (value === this.lastValue) code = this.lastCode;
    else {
      code = this.lookup.get(value) ?? this.add(value);
      this.lastValue = value;
      this.lastCode = code;
    }
    this.put(row, code);
  }

  /**
   * Stores a batch column: `codes[i]` indexes the batch's own dictionary `dict`
   * and goes to row `rowOf[i]` (skipped when negative). Each distinct batch
   * value is looked up once, and only when a kept row uses it.
   */
  putBatch(rowOf: Int32Array, codes: ArrayLike<number>, dict: readonly string[], count: number): void {
    const map = new Uint32Array(dict.length);
    for (let i = 0; i < count; i++) {
      const local = codes[i];
      const row = rowOf[i];
      if (local === 0 || row < 0) continue;
      let code = map[local];
      if (code === 0) {
        const v = dict[local];
        if (typeof v !== "string" || v === "") continue;
        code = map[local] = this.lookup.get(v) ?? this.add(v);
      }
      this.put(row, code);
    }
  }

  /** The code of `value`: 0 for "", -1 when the value does not occur. */
  code(value: string): number {
    if (value === "") return 0;
    return this.lookup.get(value) ?? -1;
  }

  private add(value: string): number {
    const code = this.dict.length;
    this.dict.push(value);
    this.lookup.set(value, code);
    this.dictBytes += 2 * value.length + DICT_ENTRY_OVERHEAD;
    if (code >= this.counts.length) {
      const counts = new Uint32Array(this.counts.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    if (code === 0x100 && this.codes.BYTES_PER_ELEMENT < 2) this.widen(Uint16Array);
    else if (code === 0x10000 && this.codes.BYTES_PER_ELEMENT < 4) this.widen(Uint32Array);
    return code;
  }

  private widen(Kind: { new (n: number): CodeArray }): void {
    const next = new Kind(this.codes.length);
    next.set(this.codes);
    this.codes = next;
  }

  override truncate(size: number, oldSize: number): void {
    super.truncate(size, oldSize);
    // Values first seen in the removed rows have the highest codes and no rows left: drop them.
    const dict = this.dict;
    while (dict.length > 1 && this.counts[dict.length - 1] === 0) {
      const v = dict.pop() as string;
      this.lookup.delete(v);
      this.dictBytes -= 2 * v.length + DICT_ENTRY_OVERHEAD;
    }
    this.lastValue = "";
    this.lastCode = 0;
    this.rankCache = null;
  }

  /** rank[code] = position of the code's value in code-unit order; absent ("") ranks last. Cached until the dictionary changes. */
  ranks(): Uint32Array {
    const dict = this.dict;
    if (this.rankCache && this.rankCache.length === dict.length) return this.rankCache;
    const order: number[] = [];
    for (let c = 1; c < dict.length; c++) order.push(c);
    order.sort((a, b) => (dict[a] < dict[b] ? -1 : dict[a] > dict[b] ? 1 : 0));
    const rank = new Uint32Array(dict.length);
    for (let i = 0; i < order.length; i++) rank[order[i]] = i;
    rank[0] = order.length;
    return (this.rankCache = rank);
  }

  override memoryBytes(): number {
    return super.memoryBytes() + this.dictBytes + DICT_ENTRY_OVERHEAD + (this.rankCache?.byteLength ?? 0);
  }
}
