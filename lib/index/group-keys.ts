/**
 * Fields as group keys: every field becomes small integer codes per row, a
 * label per code and an order on codes. String and hour columns already are
 * codes; other fields (bytes, time, eventId) are coded on the fly over the
 * selected rows only.
 */
import type { Selection } from "./select";
import type { EventTable } from "./table";

/** A field as per-row codes with labels and an order. */
export interface KeyColumn {
  /** Code of each row (indexed by row id); 0 = absent. */
  codes: ArrayLike<number>;
  /** Codes are < card. */
  card: number;
  label(code: number): string;
  /** Ascending order of the values behind two codes; absent first. */
  compare(a: number, b: number): number;
}

/** Calls fn for every selected row, in ascending order. */
export function forEachRow(sel: Selection, fn: (row: number) => void): void {
  if (sel.kind === "ranges") {
    for (let q = 0; q < sel.ranges.length; q += 2) for (let i = sel.ranges[q]; i < sel.ranges[q + 1]; i++) fn(i);
  } else for (let j = 0; j < sel.count; j++) fn(sel.rows[j]);
}

/** The key column of a field over a selection; throws naming the field when unknown. */
export function keyColumn(t: EventTable, field: string, sel: Selection): KeyColumn {
  const ref = t.ref(field);
  switch (ref.kind) {
    case "string": {
      const dict = ref.col.dict;
      return {
        codes: ref.col.codes,
        card: dict.length,
        label: (c) => dict[c],
        compare: (a, b) => (dict[a] < dict[b] ? -1 : dict[a] > dict[b] ? 1 : 0),
      };
    }
    case "hour": {
      const col = ref.col;
      return { codes: col.codes, card: col.cardinality, label: (c) => col.label(c), compare: (a, b) => a - b };
    }
    case "float":
      return adhocNumbers(t.size, sel, (row) => ref.col.get(row));
    case "time":
      return adhocNumbers(t.size, sel, (row) => ref.col.values[row]);
    case "id":
      return adhocStrings(t.size, sel, (row) => t.eventId(row));
  }
}

function adhocNumbers(n: number, sel: Selection, get: (row: number) => number): KeyColumn {
  const codes = new Uint32Array(n);
  const values: number[] = [NaN];
  const seen = new Map<number, number>();
  forEachRow(sel, (row) => {
    const v = get(row);
    if (v !== v) return;
    let c = seen.get(v);
    if (c === undefined) seen.set(v, (c = values.push(v) - 1));
    codes[row] = c;
  });
  return {
    codes,
    card: values.length,
    label: (c) => (c === 0 ? "" : String(values[c])),
    compare: (a, b) => (a === 0 || b === 0 ? (a === 0 ? 0 : 1) - (b === 0 ? 0 : 1) : values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0),
  };
}

function adhocStrings(n: number, sel: Selection, get: (row: number) => string): KeyColumn {
  const codes = new Uint32Array(n);
  const values: string[] = [""];
  const seen = new Map<string, number>();
  forEachRow(sel, (row) => {
    const v = get(row);
    if (v === "") return;
    let c = seen.get(v);
    if (c === undefined) seen.set(v, (c = values.push(v) - 1));
    codes[row] = c;
  });
  return {
    codes,
    card: values.length,
    label: (c) => values[c],
    compare: (a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0),
  };
}

/** counts[code] over the selected rows. */
export function countCodes(sel: Selection, codes: ArrayLike<number>, card: number): Uint32Array {
  const counts = new Uint32Array(card);
  if (sel.kind === "ranges") {
    for (let q = 0; q < sel.ranges.length; q += 2) for (let i = sel.ranges[q]; i < sel.ranges[q + 1]; i++) counts[codes[i]]++;
  } else {
    const rows = sel.rows;
    for (let j = 0; j < sel.count; j++) counts[codes[rows[j]]]++;
  }
  return counts;
}

/** counts[c1 * card2 + c2] over the selected rows. */
export function countPairs(sel: Selection, c1: ArrayLike<number>, c2: ArrayLike<number>, card2: number, size: number): Uint32Array {
  const counts = new Uint32Array(size);
  if (sel.kind === "ranges") {
    for (let q = 0; q < sel.ranges.length; q += 2) for (let i = sel.ranges[q]; i < sel.ranges[q + 1]; i++) counts[c1[i] * card2 + c2[i]]++;
  } else {
    const rows = sel.rows;
    for (let j = 0; j < sel.count; j++) {
      const r = rows[j];
      counts[c1[r] * card2 + c2[r]]++;
    }
  }
  return counts;
}
