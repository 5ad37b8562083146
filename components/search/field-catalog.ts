/**
 * Which names the search bar offers and which result columns click into
 * filters, from the loaded data's field list (the engine's `fields`) and the
 * CloudTrail paths the catalogue aliases. Names from the worker come from
 * record keys: only safe ones are used.
 */
import { canonicalField, CORE_FIELDS, coreField } from "../../lib/cloudtrail/fields";
import { isSafeFieldName } from "../../lib/state/field-names";
import type { FieldInfo } from "../../lib/worker/protocol";

/** Field names to complete, as Splunk users write them first: `_time`, the CloudTrail paths, then the normalised and extra names. */
export function searchFieldNames(fields: readonly FieldInfo[]): string[] {
  const present = new Set(fields.map((f) => f.name));
  const out = new Set<string>(["_time"]);
  for (const f of CORE_FIELDS) {
    if (!present.has(f.name)) continue;
    for (const a of f.aliases) if (a !== "_time") out.add(a);
  }
  for (const f of fields) if (f.name !== "time" && isSafeFieldName(f.name)) out.add(f.name);
  return [...out];
}

/** The index field behind a name (a CloudTrail path, a normalised or extra name), or null when the data has no such indexed field. */
export function indexedField(name: string, fields: readonly FieldInfo[]): FieldInfo | null {
  if (name === "_time") return null;
  const canonical = canonicalField(name);
  return fields.find((f) => f.name === canonical) ?? null;
}

/** The filter field of a result column (its values become chips), or null: times, computed and unindexed columns do not filter. */
export function filterFieldOf(column: string, fields: readonly FieldInfo[]): string | null {
  const f = indexedField(column, fields);
  if (!f || f.kind === "time" || !isSafeFieldName(f.name)) return null;
  return f.name;
}

/** Whether value suggestions can be asked for this field (indexed text). */
export function suggestsValues(name: string, fields: readonly FieldInfo[]): string | null {
  const f = indexedField(name, fields);
  return f && f.kind === "string" && isSafeFieldName(f.name) ? f.name : null;
}

/** The label of a field in tooltips: the catalogue's label, else the name. */
export function columnLabel(column: string): string {
  if (column === "_time") return "Time";
  return coreField(canonicalField(column))?.label ?? column;
}
