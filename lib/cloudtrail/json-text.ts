/**
 * JSON text of a parsed record without recursion. JSON.parse accepts nesting
 * thousands of levels deep, but JSON.stringify recurses and throws "Maximum
 * call stack size exceeded" around depth 5,000–10,000 (less on a worker's
 * smaller stack), so a hostile record could break the detail view and `_raw`
 * searches. This writer keeps its own stack and produces the same text as
 * JSON.stringify (compact), or an indented layout whose indentation stops
 * growing at `flatDepth` (deeper values are written on one line: pretty-
 * printing depth 10,000 with growing indentation would be ~100 M characters).
 */
import type { Json, JsonObject } from "./types";

export interface JsonTextOptions {
  /** Spaces per level; 0 (default) = compact, as JSON.stringify(v). */
  indent?: number;
  /** Values nested deeper than this are written compact on one line (only with indent). */
  flatDepth?: number;
}

type Frame =
  | { array: true; items: Json[]; i: number; depth: number; pretty: boolean }
  | { array: false; obj: JsonObject; keys: string[]; i: number; depth: number; pretty: boolean };

function scalarText(v: Json): string {
  // JSON.stringify of a scalar does not recurse; non-finite numbers become null as in JSON.
  return JSON.stringify(v) ?? "null";
}

/** JSON text of `value` (same output as JSON.stringify for compact), never overflowing the call stack. */
export function jsonText(value: Json, opts: JsonTextOptions = {}): string {
  const indent = Math.max(0, Math.floor(opts.indent ?? 0));
  const flatDepth = opts.flatDepth ?? Number.POSITIVE_INFINITY;
  const out: string[] = [];
  const stack: Frame[] = [];
  const open = (v: Json, depth: number): void => {
    if (v === null || typeof v !== "object") {
      out.push(scalarText(v));
      return;
    }
    const pretty = indent > 0 && depth < flatDepth;
    if (Array.isArray(v)) {
      if (v.length === 0) out.push("[]");
      else {
        out.push("[");
        stack.push({ array: true, items: v, i: 0, depth, pretty });
      }
      return;
    }
    const keys = Object.keys(v);
    if (keys.length === 0) out.push("{}");
    else {
      out.push("{");
      stack.push({ array: false, obj: v, keys, i: 0, depth, pretty });
    }
  };
  open(value, 0);
  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    const n = f.array ? f.items.length : f.keys.length;
    if (f.i === n) {
      stack.pop();
      if (f.pretty) out.push(`\n${" ".repeat(indent * f.depth)}`);
      out.push(f.array ? "]" : "}");
      continue;
    }
    if (f.i > 0) out.push(",");
    if (f.pretty) out.push(`\n${" ".repeat(indent * (f.depth + 1))}`);
    if (f.array) {
      const item = f.items[f.i++];
      // Arrays hold holes as undefined only when built by hand; JSON writes them as null.
      open(item === undefined ? null : item, f.depth + 1);
    } else {
      const key = f.keys[f.i++];
      out.push(JSON.stringify(key), f.pretty ? ": " : ":");
      open(f.obj[key], f.depth + 1);
    }
  }
  return out.join("");
}
