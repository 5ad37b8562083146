/**
 * Assigns each position of a frame to a group of its by-field values, with
 * Splunk's rule that an event lacking any by-field is left out. Codes are
 * combined into one integer key per position (a dense array maps keys to
 * groups when the key space is small), so no per-row strings are made. A
 * multivalue by-field puts the event in one group per value.
 */
import type { Frame } from "../frame";
import { reader } from "../frame";
import { sortCompare, valueKey, valuesOf, type Scalar, type Value } from "../values";
import { encodeField, type Encoded } from "./encode";

export interface Groups {
  /** Number of groups. */
  count: number;
  /** Group of each entry (-1 = left out). Entries are positions unless `src` maps them. */
  gid: Int32Array;
  /** Position of each entry when multivalue by-fields expanded the rows; null = entries are positions. */
  src: Int32Array | null;
  /** by-field values of each group. */
  keys: Value[][];
}

const DENSE_LIMIT = 1 << 24;

/** Groups the frame's positions by the named fields (no fields: one group holding every position). */
export function groupBy(frame: Frame, names: string[]): Groups {
  const n = frame.n;
  if (names.length === 0) return { count: 1, gid: new Int32Array(n), src: null, keys: [[]] };
  const enc: Encoded[] = [];
  for (const name of names) {
    const e = encodeField(frame, name);
    if (!e) return groupExpanded(frame, names);
    enc.push(e);
  }
  const cards = enc.map((e) => e.labels.length);
  const product = cards.reduce((p, c) => p * c, 1);
  const gid = new Int32Array(n);
  const groupCodes: number[] = [];
  let count = 0;
  if (product <= Number.MAX_SAFE_INTEGER) {
    const key = new Float64Array(n);
    for (let f = 0; f < enc.length; f++) {
      const codes = enc[f].codes;
      const card = cards[f];
      for (let i = 0; i < n; i++) {
        const c = codes[i];
        key[i] = c === 0 || key[i] < 0 ? -1 : key[i] * card + c;
      }
    }
    const dense = product <= DENSE_LIMIT && product <= 8 * n + 65536 ? new Int32Array(product).fill(-1) : null;
    const sparse = dense ? null : new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const k = key[i];
      if (k < 0) {
        gid[i] = -1;
        continue;
      }
      let g = dense ? dense[k] : (sparse as Map<number, number>).get(k) ?? -1;
      if (g < 0) {
        g = count++;
        if (dense) dense[k] = g;
        else (sparse as Map<number, number>).set(k, g);
        for (const e of enc) groupCodes.push(e.codes[i]);
      }
      gid[i] = g;
    }
  } else {
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (enc.some((e) => e.codes[i] === 0)) {
        gid[i] = -1;
        continue;
      }
      const k = enc.map((e) => e.codes[i]).join(",");
      let g = seen.get(k);
      if (g === undefined) {
        seen.set(k, (g = count++));
        for (const e of enc) groupCodes.push(e.codes[i]);
      }
      gid[i] = g;
    }
  }
  const F = enc.length;
  const keys: Value[][] = [];
  for (let g = 0; g < count; g++) keys.push(enc.map((e, f) => e.labels[groupCodes[g * F + f]]));
  return { count, gid, src: null, keys };
}

/** Grouping when some by-field is multivalue: one entry per combination of values. */
function groupExpanded(frame: Frame, names: string[]): Groups {
  const readers = names.map((nm) => reader(frame, nm));
  const gids: number[] = [];
  const src: number[] = [];
  const keys: Value[][] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < frame.n; i++) {
    let combos: Scalar[][] = [[]];
    for (const read of readers) {
      const vals = valuesOf(read(i));
      combos = combos.flatMap((c) => vals.map((v) => [...c, v]));
    }
    for (const combo of combos) {
      const k = combo.map(valueKey).join("\u0000");
      let g = seen.get(k);
      if (g === undefined) {
        seen.set(k, (g = keys.length));
        keys.push(combo);
      }
      gids.push(g);
      src.push(i);
    }
  }
  return { count: keys.length, gid: Int32Array.from(gids), src: Int32Array.from(src), keys };
}

/** Group ids ordered by their keys (ascending, Splunk's auto order per field). */
export function sortedGroups(groups: Groups): number[] {
  const order = Array.from({ length: groups.count }, (_, g) => g);
  const keys = groups.keys;
  order.sort((a, b) => {
    for (let f = 0; f < keys[a].length; f++) {
      const x = keys[a][f];
      const y = keys[b][f];
      if (x === null || y === null) {
        const d = (x === null ? 1 : 0) - (y === null ? 1 : 0);
        if (d !== 0) return d;
        continue;
      }
      const c = sortCompare(x as Scalar, y as Scalar);
      if (c !== 0) return c;
    }
    return 0;
  });
  return order;
}
