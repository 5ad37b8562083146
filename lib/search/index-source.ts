/**
 * How a field name in a search resolves against the loaded data: indexed
 * fields (canonical names, the CloudTrail paths that alias them, extra
 * columns such as demo_id) read the index in place; `_time` is the event
 * time; other paths into a CloudTrail record are read from the raw records.
 */
import { canonicalField, CORE_FIELDS } from "../cloudtrail/fields";
import { CLOUDTRAIL_TOP_LEVEL_FIELDS } from "../cloudtrail/record-fields";
import type { EventTable } from "../index/table";
import type { Column, FieldSource } from "./frame";
import { isoTime } from "./time-format";
import type { Value } from "./values";

const HOUR_DICT: readonly Value[] = [null, ...Array.from({ length: 24 }, (_, h) => h)];

/** Number columns are materialised copies: keep one per table version. */
const numberCache = new WeakMap<EventTable, Map<string, { version: number; values: Float64Array }>>();

function numbers(t: EventTable, field: string): Float64Array {
  let m = numberCache.get(t);
  if (!m) numberCache.set(t, (m = new Map()));
  const hit = m.get(field);
  if (hit && hit.version === t.version) return hit.values;
  const view = t.column(field);
  const values = view.kind === "string" ? new Float64Array(0) : view.values;
  m.set(field, { version: t.version, values });
  return values;
}

/** Whether a name is a path into a CloudTrail record (its first key is one CloudTrail defines). */
export function isRecordPath(name: string): boolean {
  if (name === "_raw") return true;
  const top = /^[^.{]*/.exec(name)![0];
  return CLOUDTRAIL_TOP_LEVEL_FIELDS.has(top) && name.length > 0;
}

/** Whether the index holds the field (no raw read needed). */
export function isIndexed(t: EventTable, name: string): boolean {
  return name === "_time" || t.hasField(name);
}

/** Resolves names against the index, falling back to raw record paths. */
export function indexSource(t: EventTable): FieldSource {
  return {
    resolve(name: string): Column | null {
      if (name === "_time") return { kind: "num", values: t.times.values, byRow: true, div: 1000, time: true };
      if (name === "eventTime") return { kind: "rowfn", get: (row) => isoTime(t.times.values[row]) };
      if (!t.hasField(name)) return isRecordPath(name) ? { kind: "raw", path: name } : null;
      const ref = t.ref(name);
      switch (ref.kind) {
        case "string":
          return { kind: "coded", codes: ref.col.codes, byRow: true, map: null, dict: ref.col.dict };
        case "hour":
          return { kind: "coded", codes: ref.col.codes, byRow: true, map: null, dict: HOUR_DICT };
        case "float":
          return { kind: "num", values: numbers(t, ref.name), byRow: true, div: 1 };
        case "time":
          return { kind: "num", values: t.times.values, byRow: true, div: 1000, time: true };
        case "id":
          return { kind: "rowfn", get: (row) => t.eventId(row) || null };
      }
    },
    names(): string[] {
      // As Splunk names JSON fields: the CloudTrail path where there is one, else the normalised name.
      const out = ["_time"];
      for (const f of t.fields()) {
        const core = CORE_FIELDS.find((c) => c.name === f.name);
        if (f.name === "time") continue;
        out.push(core?.aliases[0] ?? f.name);
      }
      return out;
    },
  };
}

/** Known names that differ from `name` only in letter case (for "did you mean"). */
export function similarFields(t: EventTable, name: string): string[] {
  const lower = name.toLowerCase();
  const known = new Set<string>(["_time", "_raw"]);
  for (const f of CORE_FIELDS) {
    known.add(f.name);
    for (const a of f.aliases) known.add(a);
  }
  for (const f of t.fields()) known.add(f.name);
  for (const f of CLOUDTRAIL_TOP_LEVEL_FIELDS) known.add(f);
  const top = /^[^.{]*/.exec(name)![0].toLowerCase();
  const out: string[] = [];
  for (const k of known) {
    if (k.toLowerCase() === lower && k !== name) out.push(k);
    else if (k.toLowerCase() === top && k !== name && name.length > top.length) out.push(k + name.slice(top.length));
  }
  return out;
}

/** The canonical index name of a field, or null when it is not indexed. */
export function indexedName(t: EventTable, name: string): string | null {
  if (name === "_time") return "time";
  return t.hasField(name) ? canonicalField(name) : null;
}
