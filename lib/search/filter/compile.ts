/**
 * Compiles base-search terms against the loaded index (see semantics.ts for
 * what each term means). Unknown fields are reported with their position.
 */
import type { EventTable } from "../../index/table";
import { SearchFailure, type FieldName, type Literal, type SearchNode } from "../ast";
import { isRecordPath, similarFields } from "../index-source";
import { MESSAGES } from "../messages";
import { lastKey, textPattern, type RawView } from "../raw-view";
import { readPath } from "../record-path";
import { isoTime } from "../time-format";
import { parseTimeModifier } from "../time-units";
import type { Value } from "../values";
import { codesEqual } from "./fold";
import { combine, negate, type CNode } from "./nodes";
import { textTest, valueTest } from "./semantics";

export interface CompileEnv {
  t: EventTable;
  nowMs: number;
}

const HOUR_VALUES: readonly Value[] = [null, ...Array.from({ length: 24 }, (_, h) => h)];

/** Throws the unknown-field error for a name that is neither indexed nor a path into a CloudTrail record. */
export function checkField(t: EventTable, f: FieldName): void {
  if (f.name === "_time" || t.hasField(f.name) || isRecordPath(f.name)) return;
  throw SearchFailure.at(f, MESSAGES.unknownField(f.name, similarFields(t, f.name)));
}

/** The term's value test applied to the field, as a node. */
function fieldNode(env: CompileEnv, field: FieldName, test: (v: Value) => boolean, eqTexts: string[] | null): CNode {
  const { t } = env;
  const name = field.name;
  checkField(t, field);
  if (name === "_time" || name === "eventTime" || name === "time") {
    const times = t.times.values;
    const get = name === "_time" ? (ms: number): Value => (ms === ms ? ms / 1000 : null) : name === "time" ? (ms: number): Value => (ms === ms ? ms : null) : isoTime;
    return { k: "fn", test: (row) => test(get(times[row])) };
  }
  if (!t.hasField(name)) {
    const key = lastKey(name);
    const absent = test(null);
    const raw = name === "_raw" ? (rv: RawView) => test(readPath(rv.record(), name)) : (rv: RawView) => (rv.mayHaveKey(key) ? test(readPath(rv.record(), name)) : absent);
    return { k: "mixed", idx: () => 2, raw: (_row, rv) => raw(rv) };
  }
  const ref = t.ref(name);
  switch (ref.kind) {
    case "string": {
      const dict = ref.col.dict;
      const table = new Uint8Array(dict.length);
      if (eqTexts) {
        for (const text of eqTexts) for (const c of codesEqual(ref.col, text)) table[c] = 1;
      } else {
        table[0] = test(null) ? 1 : 0;
        for (let c = 1; c < dict.length; c++) table[c] = test(dict[c]) ? 1 : 0;
      }
      return { k: "table", col: ref.col, table };
    }
    case "hour": {
      const table = new Uint8Array(HOUR_VALUES.length);
      for (let c = 0; c < table.length; c++) table[c] = test(HOUR_VALUES[c]) ? 1 : 0;
      return { k: "table", col: ref.col, table };
    }
    case "float": {
      const col = ref.col;
      return { k: "fn", test: (row) => { const v = col.get(row); return test(v === v ? v : null); } };
    }
    case "time": {
      const times = t.times.values;
      return { k: "fn", test: (row) => test(isoTime(times[row])) };
    }
    case "id":
      return { k: "fn", test: (row) => test(t.eventId(row) || null) };
  }
}

/** Plain equality texts (no wildcard, not empty) can use the case-folded dictionary lookup. */
function plainTexts(values: Literal[]): string[] | null {
  return values.every((v) => v.text !== "" && !v.text.includes("*")) ? values.map((v) => v.text) : null;
}

function timeBound(env: CompileEnv, node: Extract<SearchNode, { type: "time" }>): CNode {
  const ms = parseTimeModifier(node.value.text, env.nowMs);
  if (ms === null) throw SearchFailure.at(node.value, MESSAGES.badTime(node.bound, node.value.text));
  const times = env.t.times.values;
  return node.bound === "earliest" ? { k: "time", times, start: ms, end: Infinity } : { k: "time", times, start: -Infinity, end: ms };
}

/** `_time >= x` and `_time < x` become time ranges (cheap row ranges in the index). */
function timeCompare(env: CompileEnv, node: Extract<SearchNode, { type: "compare" }>): CNode | null {
  if (node.field.name !== "_time" || (node.op !== ">=" && node.op !== "<")) return null;
  const text = node.value.text;
  const ms = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : parseTimeModifier(text, env.nowMs);
  if (ms === null) throw SearchFailure.at(node.value, MESSAGES.badTime("_time", text));
  const times = env.t.times.values;
  return node.op === ">=" ? { k: "time", times, start: ms, end: Infinity } : { k: "time", times, start: -Infinity, end: ms };
}

function textNode(env: CompileEnv, lit: Literal): CNode {
  if (lit.text.replace(/\*/g, "") === "") return { k: "const", value: true };
  const { t } = env;
  const test = textTest(lit.text);
  const hits: { codes: ArrayLike<number>; table: Uint8Array }[] = [];
  for (const col of t.stringColumns()) {
    const dict = col.dict;
    let table: Uint8Array | null = null;
    for (let c = 1; c < dict.length; c++) {
      if (!test(dict[c].toLowerCase())) continue;
      table ??= new Uint8Array(dict.length);
      table[c] = 1;
    }
    if (table) hits.push({ codes: col.codes, table });
  }
  const idx = (row: number): 0 | 1 | 2 => {
    for (const h of hits) if (h.table[h.codes[row]] === 1) return 1;
    return test(t.eventId(row).toLowerCase()) ? 1 : 2;
  };
  const pattern = textPattern(lit.text);
  return { k: "mixed", idx, raw: (row, rv) => idx(row) === 1 || rv.matches(pattern) };
}

/** Compiles one search node. */
export function compileNode(env: CompileEnv, node: SearchNode): CNode {
  switch (node.type) {
    case "all":
      return { k: "const", value: true };
    case "time":
      return timeBound(env, node);
    case "text":
      return textNode(env, node.value);
    case "compare": {
      const range = timeCompare(env, node);
      if (range) return range;
      const eq = node.op === "=" ? plainTexts([node.value]) : null;
      return fieldNode(env, node.field, valueTest(node.op, node.value.text), eq);
    }
    case "in": {
      const tests = node.values.map((v) => valueTest("=", v.text));
      return fieldNode(env, node.field, (v) => tests.some((f) => f(v)), plainTexts(node.values));
    }
    case "not":
      return negate(compileNode(env, node.item));
    case "and":
    case "or":
      return combine(node.type, node.items.map((i) => compileNode(env, i)));
  }
}
