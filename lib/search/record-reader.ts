/**
 * Reads raw records back for a search, fast enough for a million rows:
 * records are grouped by source and read in file order, neighbouring records
 * of a sliceable source in one slice (whose text free-text terms search once),
 * and a compressed source (no random access) in a single pass over its stream.
 */
import { extractRecord } from "../cloudtrail/read";
import type { JsonObject, LeafSource } from "../cloudtrail/types";
import type { EventTable } from "../index/table";
import { bytesView, SliceText, type RawView } from "./raw-view";
import { throwIfAborted, type RunContext } from "./run-context";

/** Records closer than this share one slice. */
const MAX_GAP = 64 * 1024;
/** A slice covers at most this many bytes. */
const MAX_SLICE = 4 * 1024 * 1024;

/** Where the wanted records lie: request index, offset and length, in file order. */
interface Wanted {
  index: Uint32Array;
  offset: Float64Array;
  length: Float64Array;
}

type Each = (i: number, view: RawView) => void;

function changed(leaf: LeafSource, offset: number): Error {
  return new Error(`${leaf.path}: the file changed or is shorter than when it was loaded (record at byte ${offset})`);
}

async function readSliced(leaf: LeafSource, w: Wanted, each: Each, signal?: AbortSignal): Promise<void> {
  const slice = leaf.slice as (s: number, e: number) => Promise<Uint8Array>;
  const n = w.index.length;
  let k = 0;
  while (k < n) {
    throwIfAborted(signal);
    const start = w.offset[k];
    let end = start + w.length[k];
    let j = k + 1;
    while (j < n && w.offset[j] - end <= MAX_GAP && w.offset[j] + w.length[j] - start <= MAX_SLICE) {
      end = Math.max(end, w.offset[j] + w.length[j]);
      j++;
    }
    const bytes = await slice(start, end);
    if (bytes.byteLength < end - start) throw changed(leaf, start);
    const text = new SliceText(bytes);
    for (; k < j; k++) {
      const at = w.offset[k] - start;
      each(w.index[k], bytesView(bytes.subarray(at, at + w.length[k]), leaf.format, text, at));
    }
  }
}

async function readStreamed(leaf: LeafSource, w: Wanted, each: Each, signal?: AbortSignal): Promise<void> {
  const reader = leaf.open().getReader();
  const n = w.index.length;
  let pos = 0;
  let k = 0;
  let buf: Uint8Array | null = null;
  let filled = 0;
  try {
    while (k < n) {
      throwIfAborted(signal);
      const { done, value } = await reader.read();
      if (done) break;
      const chunkEnd = pos + value.byteLength;
      while (k < n) {
        const offset = w.offset[k];
        const recEnd = offset + w.length[k];
        if (offset >= chunkEnd) break;
        buf ??= new Uint8Array(w.length[k]);
        const from = Math.max(offset + filled, pos);
        const to = Math.min(recEnd, chunkEnd);
        buf.set(value.subarray(from - pos, to - pos), from - offset);
        filled = to - offset;
        if (to < recEnd) break;
        each(w.index[k], bytesView(buf, leaf.format));
        buf = null;
        filled = 0;
        k++;
      }
      pos = chunkEnd;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  if (k < n) throw changed(leaf, w.offset[k]);
}

/** The wanted records of each source, in file order. */
function locate(table: EventTable, rows: ArrayLike<number>): Map<number, Wanted> {
  const n = rows.length;
  const source = new Int32Array(n);
  const offset = new Float64Array(n);
  const length = new Float64Array(n);
  let ordered = true;
  for (let i = 0; i < n; i++) {
    const loc = table.location(rows[i]);
    source[i] = loc.sourceId;
    offset[i] = loc.offset;
    length[i] = loc.length;
    if (i > 0 && (source[i] < source[i - 1] || (source[i] === source[i - 1] && offset[i] < offset[i - 1]))) ordered = false;
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  if (!ordered) order.sort((a, b) => source[a] - source[b] || offset[a] - offset[b]);
  const out = new Map<number, Wanted>();
  for (let a = 0; a < n; ) {
    let b = a;
    while (b < n && source[order[b]] === source[order[a]]) b++;
    const index = order.slice(a, b);
    out.set(source[order[a]], { index, offset: Float64Array.from(index, (i) => offset[i]), length: Float64Array.from(index, (i) => length[i]) });
    a = b;
  }
  return out;
}

/** The raw-record readers of a run context, over a table and the leaves its rows point into. */
export function createRecordReader(table: EventTable, leafOf: (sourceId: number) => LeafSource): Pick<RunContext, "readRecord" | "readRecords" | "readViews"> {
  const readViews = async (rows: ArrayLike<number>, each: Each, signal?: AbortSignal): Promise<void> => {
    for (const [sourceId, wanted] of locate(table, rows)) {
      const leaf = leafOf(sourceId);
      if (leaf.slice) await readSliced(leaf, wanted, each, signal);
      else await readStreamed(leaf, wanted, each, signal);
    }
  };
  const readRecords = (rows: ArrayLike<number>, each: (i: number, r: JsonObject) => void, signal?: AbortSignal): Promise<void> =>
    readViews(rows, (i, view) => each(i, view.record()), signal);
  return {
    readViews,
    readRecords,
    readRecord: async (row) => {
      let out: JsonObject | null = null;
      await readRecords([row], (_i, r) => (out = r));
      if (out === null) throw new Error(`row ${row}: record not found`);
      return out;
    },
  };
}
