/**
 * The in-memory columnar index of loaded events: one typed-array column per
 * field, strings dictionary-encoded, times as epoch ms, and per row only the
 * location of the raw record (never the record itself).
 */
import { canonicalField, coreField } from "../cloudtrail/fields";
import type { NormalizedEvent, RecordLocation } from "../cloudtrail/types";
import type { FieldInfo } from "../worker/protocol";
import { HourColumn } from "./coded-column";
import { firstKeptRow, type EventBatch } from "./batch";
import { EventIdStore, ID_NONE, ID_UUID } from "./event-ids";
import { columnView, fieldInfos, STRING_CORE, STRING_GETTERS, unknownField, type ColumnView, type FieldRef } from "./field-ref";
import { LocationStore } from "./locations";
import { MemoCache } from "./memo";
import { NumberColumn } from "./number-column";
import { StringColumn } from "./string-column";
import { TimeColumn } from "./time-column";
import type { CellValue } from "./types";

export type { ColumnView, FieldRef } from "./field-ref";

const INITIAL_CAPACITY = 1024;
/** Extra (non-core) columns kept at most: a hostile file with thousands of distinct top-level keys must not exhaust memory. */
export const MAX_EXTRA_COLUMNS = 256;
const MAX_EXTRA_KEYS = 4096;

/** The columnar event index. */
export class EventTable {
  private n = 0;
  private capacity = INITIAL_CAPACITY;
  private ids!: EventIdStore;
  private locs!: LocationStore;
  private time!: TimeColumn;
  private hour!: HourColumn;
  private bytesOut!: NumberColumn;
  private bytesIn!: NumberColumn;
  private core!: StringColumn[];
  private getters!: ((e: NormalizedEvent) => string)[];
  /** Extra columns by name, with the row they appeared at; null marks a key that is ignored (a core name or over the cap). */
  private extras!: Map<string, StringColumn | null>;
  private extraStart!: Map<StringColumn, number>;
  private refs!: Map<string, FieldRef>;
  /** Derived query state (match tables); cleared whenever rows are removed. */
  readonly memo = new MemoCache();
  /** Bumped by every append, truncate and clear. */
  version = 0;

  constructor() {
    this.reset(INITIAL_CAPACITY);
  }

  /** Number of rows. */
  get size(): number {
    return this.n;
  }

  /** Appends one event; false (nothing added) when its eventID is already loaded. */
  append(ev: NormalizedEvent, loc: RecordLocation): boolean {
    const row = this.n;
    if (row === this.capacity) this.resize(Math.max(INITIAL_CAPACITY, this.capacity * 2));
    if (!this.ids.add(row, ev.eventId)) return false;
    this.time.set(row, ev.time);
    this.hour.set(row, ev.hour);
    const core = this.core;
    const getters = this.getters;
    for (let i = 0; i < core.length; i++) core[i].set(row, getters[i](ev));
    this.bytesOut.set(row, ev.bytesOut);
    this.bytesIn.set(row, ev.bytesIn);
    const extras = ev.extras;
    for (const key in extras) {
      if (!Object.prototype.hasOwnProperty.call(extras, key)) continue;
      const v = String(extras[key]);
      if (v === "") continue;
      let col = this.extras.get(key);
      if (col === undefined) col = this.addExtra(key, row);
      if (col !== null) col.set(row, v);
    }
    this.locs.set(row, loc);
    this.n = row + 1;
    this.version++;
    return true;
  }

  /** Appends a batch built by BatchBuilder; returns 1 per added row, 0 per duplicate eventID (in batch order). */
  appendBatch(b: EventBatch): Uint8Array {
    const count = b.count;
    const accepted = new Uint8Array(count);
    let capacity = this.capacity;
    while (capacity < this.n + count) capacity *= 2;
    if (capacity !== this.capacity) this.resize(capacity);
    const rowOf = new Int32Array(count);
    const start = this.n;
    let row = start;
    let other = 0;
    for (let i = 0; i < count; i++) {
      const kind = b.idKinds[i];
      const ok = kind === ID_NONE ? this.ids.add(row, "") : kind === ID_UUID ? this.ids.addBytes(row, b.idBytes, i * 16) : this.ids.add(row, b.otherIds[other++]);
      rowOf[i] = ok ? row++ : -1;
      accepted[i] = ok ? 1 : 0;
    }
    if (row === start) return accepted;
    for (let i = 0; i < count; i++) {
      const r = rowOf[i];
      if (r < 0) continue;
      this.time.set(r, b.time[i]);
      this.hour.putCode(r, b.hourCodes[i]);
      this.bytesOut.set(r, b.bytesOut[i]);
      this.bytesIn.set(r, b.bytesIn[i]);
      this.locs.setParts(r, b.sourceIds[i], b.offsets[i], b.lengths[i]);
    }
    for (const c of b.columns) {
      const ref = this.refs.get(c.name);
      let col = ref?.kind === "string" && ref.name === c.name ? ref.col : null;
      // A new extra column starts at the first kept row with a value for it (as with per-event appends).
      if (!ref && !this.extras.has(c.name)) {
        const first = firstKeptRow(c.codes, rowOf, count);
        if (first >= 0) col = this.addExtra(c.name, first);
      }
      col?.putBatch(rowOf, c.codes, c.dict, count);
    }
    this.n = row;
    this.version++;
    return accepted;
  }

  /** Rolls back to the first `rows` rows (a cancelled ingest); their ids are forgotten, so they can be loaded again. */
  truncate(rows: number): void {
    if (!(rows >= 0) || !Number.isInteger(rows)) throw new RangeError(`truncate: invalid row count ${rows}`);
    const old = this.n;
    if (rows >= old) return;
    this.ids.truncate(rows, old);
    this.time.truncate(rows, old);
    this.hour.truncate(rows, old);
    this.bytesOut.truncate(rows, old);
    this.bytesIn.truncate(rows, old);
    for (const c of this.core) c.truncate(rows, old);
    for (const [name, col] of this.extras) {
      if (!col) continue;
      if ((this.extraStart.get(col) ?? 0) >= rows) {
        this.extras.delete(name);
        this.extraStart.delete(col);
        this.refs.delete(name);
      } else col.truncate(rows, old);
    }
    // Ignored keys are re-learned as rows arrive again.
    for (const [name, col] of this.extras) if (!col) this.extras.delete(name);
    this.n = rows;
    this.memo.clear();
    this.version++;
  }

  /** Removes every row and releases the memory. */
  clear(): void {
    this.reset(INITIAL_CAPACITY);
    this.version++;
  }

  /** Makes room for `rows` rows in all, so appending up to that many grows nothing (compact() trims what goes unused). */
  reserve(rows: number): void {
    if (rows > this.capacity) this.resize(Math.ceil(rows));
    this.ids.reserve(rows);
  }

  /** Drops spare capacity (call when an ingest is done); later appends grow again. */
  compact(): void {
    this.resize(Math.max(16, this.n));
    this.bytesOut.compact(this.n);
    this.bytesIn.compact(this.n);
  }

  /** Core fields (catalogue order) then extra columns (by name). */
  fields(): FieldInfo[] {
    return fieldInfos(this.refs, this.extras, this.n);
  }

  /** Whether a field (canonical name, CloudTrail path alias, or extra column) exists. */
  hasField(name: string): boolean {
    return this.refs.has(canonicalField(name));
  }

  /** Resolves a field name to its storage; throws naming the field when unknown. */
  ref(name: string): FieldRef {
    const ref = this.refs.get(canonicalField(name));
    if (!ref) throw unknownField(name);
    return ref;
  }

  /** The value of one cell: strings ("" = absent) or numbers (NaN = absent). */
  value(field: string, row: number): CellValue {
    const ref = this.ref(field);
    this.checkRow(row);
    switch (ref.kind) {
      case "string":
        return ref.col.dict[ref.col.codes[row]];
      case "hour":
        return ref.col.get(row);
      case "float":
        return ref.col.get(row);
      case "time":
        return ref.col.values[row];
      case "id":
        return this.ids.get(row);
    }
  }

  eventId(row: number): string {
    this.checkRow(row);
    return this.ids.get(row);
  }

  /** The row with this eventID, or -1. */
  findEventId(id: string): number {
    return this.ids.find(id, this.n);
  }

  location(row: number): RecordLocation {
    this.checkRow(row);
    return this.locs.get(row);
  }

  /** Earliest and latest event time, null when empty. */
  timeRange(): { start: number; end: number } | null {
    return this.time.range(this.n);
  }

  /** One column for bulk reads (detections, search). Number columns are materialised copies; eventId has no column (use eventId()). */
  column(field: string): ColumnView {
    return columnView(this.ref(field), this.n);
  }

  /** Dictionary code of a string value (0 for "", -1 when it does not occur). */
  code(field: string, value: string): number {
    const ref = this.ref(field);
    if (ref.kind !== "string") throw new Error(`Field "${field}" is not a string column`);
    return ref.col.code(value);
  }

  /** Every string column, core then extra (free-text search reads them all). */
  stringColumns(): StringColumn[] {
    const out = this.core.slice();
    for (const col of this.extras.values()) if (col) out.push(col);
    return out;
  }

  /** Time column (filters and histograms read it directly). */
  get times(): TimeColumn {
    return this.time;
  }

  /** Bytes held by the index: typed arrays at their byteLength, dictionary strings estimated; raw input excluded. */
  memoryBytes(): number {
    let n = this.ids.memoryBytes() + this.locs.memoryBytes() + this.time.memoryBytes() + this.hour.memoryBytes();
    n += this.bytesOut.memoryBytes() + this.bytesIn.memoryBytes() + this.memo.memoryBytes();
    for (const c of this.stringColumns()) n += c.memoryBytes();
    return n;
  }

  private checkRow(row: number): void {
    if (!(row >= 0 && row < this.n) || !Number.isInteger(row)) throw new RangeError(`row ${row} is out of range (0..${this.n - 1})`);
  }

  private addExtra(key: string, row: number): StringColumn | null {
    const columns = this.extraStart.size;
    if (coreField(canonicalField(key)) || columns >= MAX_EXTRA_COLUMNS) {
      // Remember a bounded number of ignored keys; beyond that they are re-checked (cheaply) each time.
      if (this.extras.size < MAX_EXTRA_KEYS) this.extras.set(key, null);
      return null;
    }
    const col = new StringColumn(key, this.capacity);
    this.extras.set(key, col);
    this.extraStart.set(col, row);
    this.refs.set(key, { kind: "string", name: key, col });
    return col;
  }

  private resize(capacity: number): void {
    this.capacity = capacity;
    this.ids.grow(capacity);
    this.locs.grow(capacity);
    this.time.grow(capacity);
    this.hour.grow(capacity);
    this.bytesOut.grow(capacity);
    this.bytesIn.grow(capacity);
    for (const c of this.stringColumns()) c.grow(capacity);
  }

  private reset(capacity: number): void {
    this.n = 0;
    this.capacity = capacity;
    this.ids = new EventIdStore(capacity);
    this.locs = new LocationStore(capacity);
    this.time = new TimeColumn(capacity);
    this.hour = new HourColumn(capacity);
    this.bytesOut = new NumberColumn("bytesOut", capacity);
    this.bytesIn = new NumberColumn("bytesIn", capacity);
    this.core = STRING_CORE.map((name) => new StringColumn(name, capacity));
    this.getters = STRING_CORE.map((name) => STRING_GETTERS[name]);
    this.extras = new Map();
    this.extraStart = new Map();
    this.memo.clear();
    const refs = new Map<string, FieldRef>();
    for (const col of this.core) refs.set(col.name, { kind: "string", name: col.name, col });
    refs.set("time", { kind: "time", name: "time", col: this.time });
    refs.set("hour", { kind: "hour", name: "hour", col: this.hour });
    refs.set("bytesOut", { kind: "float", name: "bytesOut", col: this.bytesOut });
    refs.set("bytesIn", { kind: "float", name: "bytesIn", col: this.bytesIn });
    refs.set("eventId", { kind: "id", name: "eventId" });
    this.refs = refs;
  }
}
