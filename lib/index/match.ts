/**
 * Turns filter clauses, hour ranges and free text into predicates. String
 * matching happens once per dictionary entry, never per row: the result is a
 * lookup table over codes. Semantics (the tests' reference follows them):
 * - values match exactly and case-sensitively; "" matches an absent value;
 * - `*` matches any run of characters, but a pattern with `*` never matches an
 *   absent value (as Splunk's `field=*` means "field exists"); an `exact`
 *   clause takes `*` literally;
 * - number fields match a value equal as a number, wildcards against the
 *   decimal text; time matches epoch ms or any Date.parse-able text, wildcards
 *   against the ISO text (e.g. "2026-01-12*");
 * - free text: case-insensitive (toLowerCase) substring of any string value, or the whole eventID.
 */
import type { HourColumn } from "./coded-column";
import type { Memoized } from "./memo";
import { MAX_DRIVER_CODES, type Pred } from "./predicates";
import type { StringColumn } from "./string-column";
import type { EventTable } from "./table";
import type { FilterClause } from "./types";

/** Largest epoch ms a Date can hold. */
const MAX_DATE_MS = 8.64e15;

const hasWildcard = (v: string): boolean => v.includes("*");
const noWildcard = (): boolean => false;

/** An anchored RegExp for a `*` glob; every other character is literal. */
export function globRegExp(pattern: string): RegExp {
  const body = pattern
    .split("*")
    .map((part) => part.replace(/[\\^$.|?+()[\]{}]/g, "\\$&"))
    .join("[\\s\\S]*");
  return new RegExp(`^${body}$`);
}

/** A test of one (present) string against a clause's values. */
function stringMatcher(values: readonly string[], wild: (v: string) => boolean = hasWildcard): (s: string) => boolean {
  const exact = new Set(values.filter((v) => !wild(v)));
  const globs = values.filter(wild).map(globRegExp);
  return (s) => exact.has(s) || globs.some((g) => g.test(s));
}

/** Matching codes of a string column, extended as the dictionary grows. */
interface DictMatch extends Memoized {
  table: Uint8Array;
  upTo: number;
  list: number[] | null;
  test: (s: string) => boolean;
}

/** Which dictionary codes satisfy `test` (code 0 only via `absent`). Memoized per key. */
function dictMatch(t: EventTable, col: StringColumn, key: string, test: (s: string) => boolean, absent: boolean): DictMatch {
  const dict = col.dict;
  let m = t.memo.get<DictMatch>(key);
  if (!m) {
    m = { table: new Uint8Array(Math.max(16, dict.length)), upTo: 1, list: [], test, bytes: 0 };
    if (absent) m.table[0] = 1;
    t.memo.set(key, m);
  }
  if (m.upTo < dict.length) {
    if (m.table.length < dict.length) {
      const table = new Uint8Array(dict.length * 2);
      table.set(m.table);
      m.table = table;
    }
    for (let c = m.upTo; c < dict.length; c++) {
      if (!m.test(dict[c])) continue;
      m.table[c] = 1;
      if (m.list && m.list.push(c) > MAX_DRIVER_CODES) m.list = null;
    }
    m.upTo = dict.length;
    m.bytes = m.table.byteLength + (m.list ? m.list.length * 8 : 0);
  }
  return m;
}

/** The predicate of one filter clause; throws naming the field when it is unknown. */
export function clausePred(t: EventTable, clause: FilterClause): Pred {
  const ref = t.ref(clause.field);
  const n = t.size;
  const values = clause.values;
  const negate = clause.negate === true;
  // An exact clause (a clicked value) takes `*` literally.
  const wild = clause.exact === true ? noWildcard : hasWildcard;
  switch (ref.kind) {
    case "string": {
      const col = ref.col;
      let table: Uint8Array;
      let list: number[] | null;
      if (values.some(wild)) {
        const key = JSON.stringify(["clause", col.name, values]);
        const m = dictMatch(t, col, key, stringMatcher(values, wild), values.includes(""));
        table = m.table;
        list = m.table[0] ? null : m.list;
      } else {
        table = new Uint8Array(col.cardinality);
        list = [];
        for (const v of values) {
          const c = col.code(v);
          if (c >= 0 && table[c] === 0) (table[c] = 1), list.push(c);
        }
        if (table[0] === 1 || list.length > MAX_DRIVER_CODES) list = null;
      }
      return codePred(col, table, list, negate, n);
    }
    case "hour": {
      const test = numberMatcher(values, "number", wild);
      const table = new Uint8Array(25);
      for (let c = 0; c < 25; c++) table[c] = test(c === 0 ? NaN : c - 1) ? 1 : 0;
      return codePred(ref.col, table, table[0] ? null : listOf(table), negate, n);
    }
    case "float": {
      const col = ref.col;
      const test = numberMatcher(values, "number", wild);
      return { kind: "fn", test: (row) => test(col.get(row)) !== negate, est: n };
    }
    case "time": {
      const v = ref.col.values;
      const test = numberMatcher(values, "time", wild);
      return { kind: "fn", test: (row) => test(v[row]) !== negate, est: n };
    }
    case "id": {
      // Exact ids resolve through the id hash table; anything else tests each row's id.
      if (!negate && !values.some((v) => v === "" || wild(v))) {
        const rows = Uint32Array.from(new Set(values.map((v) => t.findEventId(v)).filter((r) => r >= 0))).sort();
        return { kind: "rows", rows, est: rows.length };
      }
      const match = stringMatcher(values, wild);
      const absent = values.includes("");
      const test = (row: number): boolean => {
        const id = t.eventId(row);
        return (id === "" ? absent : match(id)) !== negate;
      };
      return { kind: "fn", test, est: n };
    }
  }
}

/** Rows whose UTC hour is in [from, to), wrapping midnight when from > to. */
export function hourRangePred(t: EventTable, hours: { from: number; to: number }): Pred {
  const { from, to } = hours;
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new Error(`Invalid hour range ${from}–${to}`);
  const table = new Uint8Array(25);
  for (let h = 0; h < 24; h++) table[h + 1] = (from <= to ? h >= from && h < to : h >= from || h < to) ? 1 : 0;
  const hour = t.ref("hour");
  return codePred((hour as { col: HourColumn }).col, table, listOf(table), false, t.size);
}

/** Codes of one column whose value contains a text, kept to refine the next keystroke's search. */
interface TextMatch extends Memoized {
  needle: string;
  codes: Uint32Array;
  upTo: number;
}

/** Matching codes kept for refinement at most (per column). */
const MAX_TEXT_CODES = 1 << 16;

/** Rows where any string value contains `text` (case-insensitive), or whose eventID is `text`. */
export function textPred(t: EventTable, text: string): Pred {
  const n = t.size;
  const needle = text.toLowerCase();
  const mask = new Uint8Array(n);
  for (const col of t.stringColumns()) {
    const codes = textCodes(t, col, needle);
    if (codes.length === 0) continue;
    const table = new Uint8Array(col.cardinality);
    for (let k = 0; k < codes.length; k++) table[codes[k]] = 1;
    const rows = col.codes;
    for (let i = 0; i < n; i++) mask[i] |= table[rows[i]];
  }
  for (const id of new Set([text, needle])) {
    const row = t.findEventId(id);
    if (row >= 0) mask[row] = 1;
  }
  let est = 0;
  for (let i = 0; i < n; i++) est += mask[i];
  return { kind: "mask", mask, est };
}

/** Codes of a column whose lowercased value contains `needle`; typing one more character only re-tests the previous matches. */
function textCodes(t: EventTable, col: StringColumn, needle: string): Uint32Array {
  const key = JSON.stringify(["text", col.name]);
  const dict = col.dict;
  const prev = t.memo.get<TextMatch>(key);
  const out: number[] = [];
  let from = 1;
  if (prev && needle.includes(prev.needle)) {
    for (const c of prev.codes) if (dict[c].toLowerCase().includes(needle)) out.push(c);
    from = prev.upTo;
  }
  for (let c = from; c < dict.length; c++) if (dict[c].toLowerCase().includes(needle)) out.push(c);
  const codes = Uint32Array.from(out);
  const entry: TextMatch = { needle, codes, upTo: dict.length, bytes: codes.byteLength + 2 * needle.length };
  if (codes.length <= MAX_TEXT_CODES) t.memo.set(key, entry);
  return codes;
}

function codePred(col: StringColumn | HourColumn, table: Uint8Array, list: number[] | null, negate: boolean, n: number): Pred {
  const counts = col.countsFor(n);
  const card = col.cardinality;
  let est = 0;
  if (list) for (const c of list) est += counts[c];
  else for (let c = 0; c < card; c++) if (table[c]) est += counts[c];
  if (!negate) return { kind: "code", col, codes: col.codes, table, list, est };
  const inv = new Uint8Array(card);
  for (let c = 0; c < card; c++) inv[c] = table[c] ^ 1;
  return { kind: "code", col, codes: col.codes, table: inv, list: null, est: n - est };
}

function listOf(table: Uint8Array): number[] {
  const out: number[] = [];
  for (let c = 1; c < table.length; c++) if (table[c]) out.push(c);
  return out;
}

/** A test of a number (NaN = absent) against a clause's values. */
export function numberMatcher(values: readonly string[], kind: "number" | "time", wild: (v: string) => boolean = hasWildcard): (n: number) => boolean {
  const text = (n: number): string => (kind === "time" && Math.abs(n) <= MAX_DATE_MS ? new Date(n).toISOString() : String(n));
  const globs = values.filter(wild).map(globRegExp);
  const targets = new Set(values.filter((v) => v !== "" && !wild(v)).map((v) => (kind === "time" ? parseTime(v) : parseNumber(v))));
  const absent = values.includes("");
  return (n) => {
    if (n !== n) return absent;
    if (targets.has(n)) return true;
    if (globs.length === 0) return false;
    const s = text(n);
    return globs.some((g) => g.test(s));
  };
}

function parseNumber(v: string): number {
  return v.trim() === "" ? NaN : Number(v);
}

/** Epoch ms from a number or a date text, NaN when neither. */
export function parseTime(v: string): number {
  const n = parseNumber(v);
  return Number.isFinite(n) ? n : Date.parse(v);
}
