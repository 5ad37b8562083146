/**
 * Reads a field from a raw CloudTrail record the way Splunk names JSON
 * fields: a dotted path (`userIdentity.sessionContext.sessionIssuer.userName`),
 * `{}` for the elements of an array (`resources{}.ARN`), booleans as
 * "true"/"false", JSON null and objects as no value. Keys are looked up as
 * own properties only (a record's `__proto__` or `constructor` key is data).
 */
import { jsonText } from "../cloudtrail/json-text";
import type { Json, JsonObject } from "../cloudtrail/types";
import type { Scalar, Value } from "./values";

interface Step {
  key: string;
  array: boolean;
}

const parsed = new Map<string, Step[][]>();

/** Every way to cut a path into keys (a JSON key may itself contain dots), longest keys first. */
function cuts(path: string): Step[][] {
  let c = parsed.get(path);
  if (c) return c;
  const segs = path.split(".");
  c = [];
  const walk = (i: number, acc: Step[]): void => {
    if (i === segs.length) {
      c!.push(acc);
      return;
    }
    for (let k = segs.length; k > i; k--) {
      const key = segs.slice(i, k).join(".");
      const array = key.endsWith("{}");
      walk(k, [...acc, { key: array ? key.slice(0, -2) : key, array }]);
      if (c!.length >= 16) return;
    }
  };
  walk(0, []);
  if (parsed.size > 1024) parsed.clear();
  parsed.set(path, c);
  return c;
}

const own = (o: JsonObject, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function collect(node: Json | undefined, steps: Step[], i: number, out: Scalar[]): boolean {
  if (node === undefined || node === null) return false;
  if (i === steps.length) {
    if (typeof node === "string" || typeof node === "number") out.push(node);
    else if (typeof node === "boolean") out.push(node ? "true" : "false");
    return true;
  }
  if (typeof node !== "object" || Array.isArray(node)) return false;
  const step = steps[i];
  if (!own(node, step.key)) return false;
  const child = node[step.key];
  if (!step.array) return collect(child, steps, i + 1, out);
  if (!Array.isArray(child)) return false;
  for (const el of child) collect(el, steps, i + 1, out);
  return true;
}

/** The value of a field path in a record: null when absent, a list when it has several values. */
export function readPath(record: JsonObject, path: string): Value {
  if (path === "_raw") return jsonText(record);
  const out: Scalar[] = [];
  for (const steps of cuts(path)) {
    if (collect(record, steps, 0, out) && out.length > 0) break;
    out.length = 0;
  }
  return out.length === 0 ? null : out.length === 1 ? out[0] : out;
}
