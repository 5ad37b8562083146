/**
 * Columns as small integer codes per position (code 0 = null), the form
 * grouping and distinct counting work on. Dictionary-coded index columns
 * are already codes; other columns are coded on the fly. Multivalue columns
 * cannot be one code per position: callers use the per-value readers then.
 */
import { columnOf, positionCodes, readerOf, type Column, type Frame } from "../frame";
import { scalarNumber, valueKey, type Scalar, type Value } from "../values";

export interface Encoded {
  codes: Int32Array;
  /** labels[code]; labels[0] = null. */
  labels: Value[];
}

/** The codes of a column per position, or null when it holds multivalues. */
export function encode(frame: Frame, col: Column | null): Encoded | null {
  const n = frame.n;
  if (col === null) return { codes: new Int32Array(n), labels: [null] };
  if (col.kind === "coded") return { codes: positionCodes(frame, col), labels: col.dict as Value[] };
  const read = readerOf(frame, col);
  const codes = new Int32Array(n);
  const labels: Value[] = [null];
  const seen = new Map<string | number, number>();
  const numeric = col.kind === "num";
  for (let i = 0; i < n; i++) {
    const v = read(i);
    if (v === null) continue;
    if (Array.isArray(v)) return null;
    const key = numeric ? (v as number) : valueKey(v);
    let c = seen.get(key);
    if (c === undefined) seen.set(key, (c = labels.push(v) - 1));
    codes[i] = c;
  }
  return { codes, labels };
}

/** Encodes a named column. */
export function encodeField(frame: Frame, name: string): Encoded | null {
  return encode(frame, columnOf(frame, name));
}

/** Calls fn(position, value) for every value of every position (multivalues give several calls). */
export function forEachValue(frame: Frame, name: string, fn: (i: number, v: Scalar) => void): void {
  const read = readerOf(frame, columnOf(frame, name));
  for (let i = 0; i < frame.n; i++) {
    const v = read(i);
    if (v === null) continue;
    if (Array.isArray(v)) for (const s of v) fn(i, s);
    else fn(i, v);
  }
}

/** The numbers of a column per position (NaN = null or not numeric), or null for multivalue columns. */
export function numbersOf(frame: Frame, name: string): Float64Array | null {
  const col = columnOf(frame, name);
  const n = frame.n;
  const out = new Float64Array(n);
  if (col === null) return out.fill(NaN);
  if (col.kind === "num") {
    const { values, div } = col;
    if (col.byRow) {
      const rows = frame.rows as Uint32Array;
      for (let i = 0; i < n; i++) out[i] = values[rows[i]] / div;
    } else for (let i = 0; i < n; i++) out[i] = values[i] / div;
    return out;
  }
  if (col.kind === "coded") {
    const perCode = new Float64Array(col.dict.length).fill(NaN);
    for (let c = 1; c < perCode.length; c++) {
      const v = col.dict[c];
      perCode[c] = v === null || Array.isArray(v) ? NaN : scalarNumber(v);
    }
    const codes = positionCodes(frame, col);
    for (let i = 0; i < n; i++) out[i] = perCode[codes[i]];
    return out;
  }
  const read = readerOf(frame, col);
  for (let i = 0; i < n; i++) {
    const v = read(i);
    if (Array.isArray(v)) return null;
    out[i] = v === null ? NaN : scalarNumber(v);
  }
  return out;
}
