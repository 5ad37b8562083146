/**
 * Case-insensitive lookups into a string column's dictionary: which codes
 * hold a value equal to a text ignoring case, or equal to a number. Built
 * once per column and extended as the dictionary grows, so an equality term
 * costs a map lookup instead of a scan of every distinct value.
 */
import type { StringColumn } from "../../index/string-column";
import { isNumericText } from "../values";

interface Fold {
  upTo: number;
  byLower: Map<string, number[]>;
  byNumber: Map<number, number[]>;
}

const folds = new WeakMap<StringColumn, Fold>();

function add<K>(m: Map<K, number[]>, k: K, code: number): void {
  const list = m.get(k);
  if (list) list.push(code);
  else m.set(k, [code]);
}

function foldOf(col: StringColumn): Fold {
  let f = folds.get(col);
  if (!f || f.upTo > col.dict.length) {
    f = { upTo: 1, byLower: new Map(), byNumber: new Map() };
    folds.set(col, f);
  }
  const dict = col.dict;
  for (let c = f.upTo; c < dict.length; c++) {
    const v = dict[c];
    add(f.byLower, v.toLowerCase(), c);
    if (isNumericText(v)) add(f.byNumber, Number(v), c);
  }
  f.upTo = dict.length;
  return f;
}

/** Codes whose value equals `text` ignoring case, or (when `text` is numeric) equals it as a number. */
export function codesEqual(col: StringColumn, text: string): number[] {
  const f = foldOf(col);
  const out = f.byLower.get(text.toLowerCase()) ?? [];
  if (!isNumericText(text)) return out;
  const more = f.byNumber.get(Number(text)) ?? [];
  return more.length === 0 ? out : [...new Set([...out, ...more])];
}
