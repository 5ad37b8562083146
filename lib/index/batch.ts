/**
 * Column-wise batches of events for multi-core ingest. A parse worker feeds
 * NormalizedEvents to a BatchBuilder, which does the per-row hashing (its own
 * small dictionaries, UUID bytes) off the engine thread and hands over typed
 * arrays that transfer without copying. EventTable.appendBatch then only maps
 * each batch-dictionary value to the table's code once per batch.
 */
import { canonicalField, coreField } from "../cloudtrail/fields";
import type { NormalizedEvent, RecordLocation } from "../cloudtrail/types";
import { ID_NONE, ID_OTHER, ID_UUID, parseUuid } from "./event-ids";
import { STRING_CORE, STRING_GETTERS } from "./field-ref";

/** Rows per batch at most (batch codes are 16-bit). */
export const MAX_BATCH_ROWS = 0xffff;
/** Extra columns one batch keeps at most (the table applies its own cap too). */
const MAX_BATCH_EXTRAS = 256;

/** One string column of a batch: its own dictionary (dict[0] = "") and a code per row. */
export interface BatchColumn {
  name: string;
  dict: string[];
  codes: Uint16Array;
}

/** Events as columns; arrays may be longer than `count`. */
export interface EventBatch {
  count: number;
  /** ID_NONE | ID_UUID | ID_OTHER per row. */
  idKinds: Uint8Array;
  /** 16 bytes per row, for ID_UUID rows. */
  idBytes: Uint8Array;
  /** The ids of ID_OTHER rows, in row order. */
  otherIds: string[];
  time: Float64Array;
  /** Hour + 1, 0 = absent. */
  hourCodes: Uint8Array;
  bytesOut: Float64Array;
  bytesIn: Float64Array;
  /** The core string columns (STRING_CORE order), then extras. */
  columns: BatchColumn[];
  sourceIds: Uint32Array;
  offsets: Float64Array;
  lengths: Uint32Array;
}

/** The buffers to list as transferables when posting a batch. */
export function batchTransferables(b: EventBatch): ArrayBuffer[] {
  const arrays = [b.idKinds, b.idBytes, b.time, b.hourCodes, b.bytesOut, b.bytesIn, b.sourceIds, b.offsets, b.lengths, ...b.columns.map((c) => c.codes)];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

class BuilderColumn {
  readonly dict: string[] = [""];
  private readonly lookup = new Map<string, number>();
  private last = "";
  private lastCode = 0;

  constructor(
    readonly name: string,
    readonly codes: Uint16Array,
  ) {}

  set(i: number, v: string): void {
    if (v === "") return;
    if (v !== this.last) {
      let c = this.lookup.get(v);
      if (c === undefined) this.lookup.set(v, (c = this.dict.push(v) - 1));
      this.last = v;
      this.lastCode = c;
    }
    this.codes[i] = this.lastCode;
  }
}

/** Accumulates events into an EventBatch; `finish` hands the batch over and starts a fresh one. */
export class BatchBuilder {
  private n = 0;
  private b!: EventBatch;
  private core!: BuilderColumn[];
  private extras!: Map<string, BuilderColumn | null>;
  private kept = 0;
  private readonly getters = STRING_CORE.map((name) => STRING_GETTERS[name]);

  constructor(readonly capacity = 8192) {
    if (!(capacity >= 1 && capacity <= MAX_BATCH_ROWS)) throw new RangeError(`batch capacity must be 1..${MAX_BATCH_ROWS}`);
    this.reset();
  }

  get size(): number {
    return this.n;
  }

  get full(): boolean {
    return this.n === this.capacity;
  }

  add(ev: NormalizedEvent, loc: RecordLocation): void {
    const i = this.n;
    if (i === this.capacity) throw new RangeError("batch is full; call finish() first");
    const b = this.b;
    const id = ev.eventId;
    if (id === "") b.idKinds[i] = ID_NONE;
    else if (parseUuid(id, b.idBytes, i * 16)) b.idKinds[i] = ID_UUID;
    else {
      b.idKinds[i] = ID_OTHER;
      b.otherIds.push(id);
    }
    b.time[i] = ev.time;
    const h = ev.hour;
    b.hourCodes[i] = Number.isInteger(h) && h >= 0 && h < 24 ? h + 1 : 0;
    b.bytesOut[i] = typeof ev.bytesOut === "number" ? ev.bytesOut : NaN;
    b.bytesIn[i] = typeof ev.bytesIn === "number" ? ev.bytesIn : NaN;
    const core = this.core;
    const getters = this.getters;
    for (let j = 0; j < core.length; j++) core[j].set(i, getters[j](ev));
    const extras = ev.extras;
    for (const key in extras) {
      if (!Object.prototype.hasOwnProperty.call(extras, key)) continue;
      const v = String(extras[key]);
      if (v === "") continue;
      let col = this.extras.get(key);
      if (col === undefined) col = this.addExtra(key);
      if (col !== null) col.set(i, v);
    }
    b.sourceIds[i] = loc.sourceId;
    b.offsets[i] = loc.offset;
    b.lengths[i] = loc.length;
    this.n = i + 1;
  }

  /** The batch so far (its arrays now belong to the caller); the builder starts empty. */
  finish(): EventBatch {
    const out = this.b;
    out.count = this.n;
    out.columns = [...this.core, ...[...this.extras.values()].filter((c): c is BuilderColumn => c !== null)].map((c) => ({
      name: c.name,
      dict: c.dict,
      codes: c.codes,
    }));
    this.reset();
    return out;
  }

  private addExtra(key: string): BuilderColumn | null {
    const col = coreField(canonicalField(key)) || this.kept >= MAX_BATCH_EXTRAS ? null : new BuilderColumn(key, new Uint16Array(this.capacity));
    if (col) this.kept++;
    // Ignored keys are remembered up to a bound (hostile input can have any number of them).
    if (col || this.extras.size < MAX_BATCH_EXTRAS * 16) this.extras.set(key, col);
    return col;
  }

  private reset(): void {
    const cap = this.capacity;
    this.n = 0;
    this.b = {
      count: 0,
      idKinds: new Uint8Array(cap),
      idBytes: new Uint8Array(cap * 16),
      otherIds: [],
      time: new Float64Array(cap),
      hourCodes: new Uint8Array(cap),
      bytesOut: new Float64Array(cap),
      bytesIn: new Float64Array(cap),
      columns: [],
      sourceIds: new Uint32Array(cap),
      offsets: new Float64Array(cap),
      lengths: new Uint32Array(cap),
    };
    this.core = STRING_CORE.map((name) => new BuilderColumn(name, new Uint16Array(cap)));
    this.extras = new Map();
    this.kept = 0;
  }
}

/** The table row of the first kept batch row with a value in `codes` (rowOf[i] < 0 = not kept), or -1. */
export function firstKeptRow(codes: ArrayLike<number>, rowOf: Int32Array, count: number): number {
  for (let i = 0; i < count; i++) if (codes[i] !== 0 && rowOf[i] >= 0) return rowOf[i];
  return -1;
}
