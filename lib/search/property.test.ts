/**
 * Property: a random base search (field terms on indexed and raw-only paths,
 * IN, wildcards, comparisons, free text, NOT/OR/AND) selects exactly the
 * events a naive evaluator selects over the plain generated records.
 * The evaluator implements the documented semantics (filter/semantics.ts)
 * from scratch over the JSON records.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeRecord } from "../cloudtrail/normalize";
import type { Json, JsonObject } from "../cloudtrail/types";
import { generateRecords, type CloudTrailRecord } from "../generate/generate";
import { runSearch } from "./run";
import type { RunContext } from "./run-context";
import { demoContext } from "./testing/fixture";

type Expr =
  | { t: "cmp"; field: string; op: "=" | "!=" | "<" | ">" | "<=" | ">="; value: string }
  | { t: "in"; field: string; values: string[] }
  | { t: "text"; value: string }
  | { t: "not"; e: Expr }
  | { t: "and" | "or"; a: Expr; b: Expr };

/** Indexed and raw-only paths, as Splunk names them. */
const FIELDS = [
  "eventName", "eventSource", "userIdentity.userName", "userIdentity.type", "sourceIPAddress", "awsRegion", "errorCode",
  "requestParameters.bucketName", "requestParameters.key", "demo_id", "readOnly", "eventCategory",
  "requestParameters.functionName", "userIdentity.sessionContext.sessionIssuer.userName", "resources{}.type", "resources{}.ARN",
  "additionalEventData.bytesTransferredOut", "tlsDetails.tlsVersion", "userIdentity.sessionContext.attributes.creationDate",
];

/** Values of a path in a plain record (`{}` = every array element); booleans as text; null and objects are no value. */
function pathValues(node: Json | undefined, segs: string[]): (string | number)[] {
  if (node === undefined || node === null) return [];
  if (segs.length === 0) {
    if (typeof node === "string" || typeof node === "number") return [node];
    if (typeof node === "boolean") return [String(node)];
    return [];
  }
  if (typeof node !== "object" || Array.isArray(node)) return [];
  const [head, ...rest] = segs;
  if (head.endsWith("{}")) {
    const arr = node[head.slice(0, -2)];
    return Array.isArray(arr) ? arr.flatMap((el) => pathValues(el, rest)) : [];
  }
  return pathValues(node[head], rest);
}

const NUM = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const num = (v: string | number): number => (typeof v === "number" ? v : NUM.test(v) ? Number(v) : NaN);

function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "is");
  return re.test(text);
}

function equals(v: string | number, value: string): boolean {
  if (value.includes("*")) return globMatch(value, String(v));
  const a = num(v);
  const b = num(value);
  return (a === a && b === b && a === b) || String(v).toLowerCase() === value.toLowerCase();
}

function compare(v: string | number, value: string): number {
  const a = num(v);
  const b = num(value);
  if (a === a && b === b) return a - b;
  const s = String(v);
  return s < value ? -1 : s > value ? 1 : 0;
}

function naive(e: Expr, r: CloudTrailRecord, indexedText: string): boolean {
  switch (e.t) {
    case "cmp": {
      const vals = pathValues(r, e.field.split("."));
      if (e.op === "=") return vals.some((v) => equals(v, e.value));
      if (e.op === "!=") return vals.length > 0 && !vals.some((v) => equals(v, e.value));
      const ok = { "<": (c: number) => c < 0, ">": (c: number) => c > 0, "<=": (c: number) => c <= 0, ">=": (c: number) => c >= 0 }[e.op];
      return vals.some((v) => ok(compare(v, e.value)));
    }
    case "in":
      return e.values.some((value) => naive({ t: "cmp", field: e.field, op: "=", value }, r, indexedText));
    case "text": {
      const needle = e.value.toLowerCase();
      const test = (s: string): boolean => (needle.includes("*") ? globMatch(`*${needle}*`, s) : s.includes(needle));
      return test(JSON.stringify(r).toLowerCase()) || test(indexedText);
    }
    case "not":
      return !naive(e.e, r, indexedText);
    case "and":
      return naive(e.a, r, indexedText) && naive(e.b, r, indexedText);
    case "or":
      return naive(e.a, r, indexedText) || naive(e.b, r, indexedText);
  }
}

const quote = (s: string): string => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

function render(e: Expr): string {
  switch (e.t) {
    case "cmp":
      return `${e.field}${e.op}${quote(e.value)}`;
    case "in":
      return `${e.field} IN (${e.values.map(quote).join(", ")})`;
    case "text":
      return quote(e.value);
    case "not":
      return `NOT ${render(e.e)}`;
    case "and":
      return `(${render(e.a)} ${render(e.b)})`;
    case "or":
      return `(${render(e.a)} OR ${render(e.b)})`;
  }
}

describe("random filter expressions", () => {
  let records: CloudTrailRecord[];
  let indexedTexts: string[];
  let pools: Map<string, string[]>;
  let ctx: RunContext;

  beforeAll(async () => {
    records = [...generateRecords()];
    // Free text also matches indexed (normalised) values: the evaluator sees them as the engine does.
    indexedTexts = records.map((r) => {
      const n = normalizeRecord(r as JsonObject);
      return Object.values(n).concat(Object.values(n.extras)).filter((v): v is string => typeof v === "string").join("\u0000").toLowerCase();
    });
    pools = new Map(FIELDS.map((f) => [f, [...new Set(records.flatMap((r) => pathValues(r, f.split(".")).map(String)))].slice(0, 200)]));
    ctx = await demoContext();
  });

  it("select the same events as a naive evaluator over the plain records", async () => {
    const field = fc.constantFrom(...FIELDS);
    const valueOf = (f: string): fc.Arbitrary<string> =>
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...(pools.get(f)?.length ? (pools.get(f) as string[]) : ["none"])) },
        { weight: 1, arbitrary: fc.constant("*") },
        { weight: 1, arbitrary: fc.constant("no-such-value") },
        { weight: 1, arbitrary: fc.constantFrom("0", "1000", "500000", "m") },
      ).chain((v) =>
        fc.constantFrom(v, v.toUpperCase(), v.length > 3 ? `${v.slice(0, 3)}*` : v, v.length > 3 ? `*${v.slice(-3)}` : v),
      );
    const cmp = field.chain((f) => fc.record({ t: fc.constant("cmp" as const), field: fc.constant(f), op: fc.constantFrom("=", "=", "=", "!=", "<", ">", "<=", ">=") as fc.Arbitrary<"=">, value: valueOf(f) }));
    const inList = field.chain((f) => fc.record({ t: fc.constant("in" as const), field: fc.constant(f), values: fc.array(valueOf(f), { minLength: 1, maxLength: 3 }) }));
    const text = fc.record({ t: fc.constant("text" as const), value: fc.constantFrom("alex", "GetObject", "financial", "10.10.30", "svc-datasync", "Unknown", "tls*1.3", "nothing-here") });
    const leaf: fc.Arbitrary<Expr> = fc.oneof({ weight: 5, arbitrary: cmp }, { weight: 2, arbitrary: inList }, { weight: 1, arbitrary: text });
    const expr: fc.Memo<Expr> = fc.memo((depth) =>
      depth <= 1
        ? leaf
        : fc.oneof(
            { weight: 2, arbitrary: leaf },
            { weight: 1, arbitrary: expr(depth - 1).map((e): Expr => ({ t: "not", e })) },
            { weight: 2, arbitrary: fc.record({ t: fc.constantFrom("and" as const, "or" as const), a: expr(depth - 1), b: expr(depth - 1) }) },
          ),
    );
    await fc.assert(
      fc.asyncProperty(expr(3), async (e) => {
        const query = render(e);
        const result = await runSearch(query, ctx);
        if (result.kind !== "events") throw new Error(`${query}: ${result.kind === "error" ? result.error.message : result.kind}`);
        const got = new Set([...result.rowIds].map((row) => ctx.table.eventId(row)));
        const expected = new Set(records.filter((r, i) => naive(e, r, indexedTexts[i])).map((r) => r.eventID as string));
        expect(got, query).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
