/**
 * Safe reads from raw CloudTrail records. Every value is attacker-controlled
 * and may have any JSON type, so each accessor checks the type it returns.
 */
import type { Json, JsonObject } from "../cloudtrail/types";

/** The object at `v`, or undefined. */
export function asObject(v: Json | undefined): JsonObject | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : undefined;
}

/** The value at a dotted path of own keys, or undefined. */
export function at(rec: Json | undefined, path: string): Json | undefined {
  let cur: Json | undefined = rec;
  for (const key of path.split(".")) {
    const o = asObject(cur);
    if (!o || !Object.prototype.hasOwnProperty.call(o, key)) return undefined;
    cur = o[key];
  }
  return cur;
}

/** A string at `path`, or "" (numbers and booleans are written as text). */
export function text(rec: Json | undefined, path: string): string {
  const v = at(rec, path);
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

/** `v` as a list: arrays as they are, one value as a list of one, nothing as []. */
export function list(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** CloudTrail's `{items: [...]}` wrappers (EC2) or plain arrays, as a list of objects. */
export function items(v: Json | undefined): JsonObject[] {
  const o = asObject(v);
  const inner = o && Object.prototype.hasOwnProperty.call(o, "items") ? o.items : v;
  return list(inner).map(asObject).filter((x): x is JsonObject => x !== undefined);
}

/**
 * A JSON document that CloudTrail may log as an object, a JSON string, or a
 * URL-encoded JSON string (IAM responseElements); undefined when none parses.
 */
export function document(v: Json | undefined): JsonObject | undefined {
  if (typeof v !== "string") return asObject(v);
  const tries = [v];
  if (v.includes("%")) {
    try {
      tries.push(decodeURIComponent(v));
    } catch {
      // Not URL-encoded after all.
    }
  }
  for (const s of tries) {
    try {
      const parsed = asObject(JSON.parse(s) as Json);
      if (parsed) return parsed;
    } catch {
      // Try the next form.
    }
  }
  return undefined;
}

/** Every string under `v` whose key (case-insensitive) contains `keyPart`, at any depth. */
export function stringsUnderKeys(v: Json | undefined, keyPart: string, out: string[] = [], depth = 0): string[] {
  // Depth is bounded: a hostile record may nest deeply.
  if (depth > 12 || v === null || typeof v !== "object") return out;
  if (Array.isArray(v)) {
    for (const x of v) stringsUnderKeys(x, keyPart, out, depth + 1);
    return out;
  }
  const needle = keyPart.toLowerCase();
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (typeof x === "string" && k.toLowerCase().includes(needle)) out.push(x);
    else stringsUnderKeys(x, keyPart, out, depth + 1);
  }
  return out;
}
