/**
 * The parser: precedence, terms, expressions, command arguments and source
 * positions, table-driven (errors are in errors.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { Expr, Pipeline, SearchNode } from "./ast";
import type { AggSpec } from "./aggregate/aggs";
import { parseSearch } from "./parser";
import { SEED_SEARCHES } from "./seed-searches";

/** A compact rendering of a search tree. */
function show(n: SearchNode): string {
  switch (n.type) {
    case "and":
    case "or":
      return `(${n.type.toUpperCase()} ${n.items.map(show).join(" ")})`;
    case "not":
      return `(NOT ${show(n.item)})`;
    case "compare":
      return `${n.field.name}${n.op}${n.value.quoted ? JSON.stringify(n.value.text) : n.value.text}`;
    case "in":
      return `${n.field.name} IN [${n.values.map((v) => v.text).join(",")}]`;
    case "text":
      return n.value.quoted ? JSON.stringify(n.value.text) : `~${n.value.text}`;
    case "all":
      return `ALL(${n.term})`;
    case "time":
      return `${n.bound}@${n.value.text}`;
  }
}

function showExpr(e: Expr): string {
  switch (e.type) {
    case "num":
      return String(e.value);
    case "str":
      return JSON.stringify(e.value);
    case "field":
      return `$${e.name}`;
    case "call":
      return `${e.name}(${e.args.map(showExpr).join(", ")})`;
    case "unary":
      return `(${e.op} ${showExpr(e.arg)})`;
    case "binary":
      return `(${showExpr(e.left)} ${e.op} ${showExpr(e.right)})`;
  }
}

function pipeline(q: string): Pipeline {
  const r = parseSearch(q);
  if (!r.ok) throw new Error(`${r.error.message} at ${r.error.start}`);
  return r.pipeline;
}

const base = (q: string): string => {
  const s = pipeline(q).search;
  return s ? show(s) : "(ALL EVENTS)";
};

const whereExpr = (q: string): string => showExpr((pipeline(`* | where ${q}`).commands[0].args as { expr: Expr }).expr);

describe("base search", () => {
  it.each([
    ["", "(ALL EVENTS)"],
    ["a=1 b=2", "(AND a=1 b=2)"],
    ["a=1 AND b=2", "(AND a=1 b=2)"],
    ["a=1 b=2 OR c=3", "(AND a=1 (OR b=2 c=3))"],
    ["a=1 AND b=2 OR c=3", "(AND a=1 (OR b=2 c=3))"],
    ["error NOT 403 OR 404", "(AND ~error (OR (NOT ~403) ~404))"],
    ["(a=1 b=2) OR c=3", "(OR (AND a=1 b=2) c=3)"],
    ["NOT (a=1 OR b=2)", "(NOT (OR a=1 b=2))"],
    ['eventName IN ("GetObject", "PutObject", ListBucket)', "eventName IN [GetObject,PutObject,ListBucket]"],
    ["NOT eventName IN (a)", "(NOT eventName IN [a])"],
    ["x!=1 y<2 z>=3 w<=4 v>5", "(AND x!=1 y<2 z>=3 w<=4 v>5)"],
    ['requestParameters.bucketName="faketshirtco-financial-reports"', 'requestParameters.bucketName="faketshirtco-financial-reports"'],
    ["userIdentity.userName=alex*", "userIdentity.userName=alex*"],
    ['"two words" alex', '(AND "two words" ~alex)'],
    ['a="say \\"hi\\""', 'a="say \\"hi\\""'],
    ["index=cloud sourcetype=aws:cloudtrail", "(AND ALL(index) ALL(sourcetype))"],
    ["earliest=-7d@d latest=now", "(AND earliest@-7d@d latest@now)"],
    ["resources{}.ARN=arn:aws:s3:::b", "resources{}.ARN=arn:aws:s3:::b"],
    ["a = 1", "a=1"],
    ["a==1", "a=1"],
    ["or and not", "(AND ~or ~and ~not)"],
  ])("%j → %s", (q, expected) => {
    expect(base(q)).toBe(expected);
  });

  it("records source positions of terms, fields and values", () => {
    const q = 'x=1 eventName="GetObject"';
    const s = pipeline(q).search as Extract<SearchNode, { type: "and" }>;
    const term = s.items[1] as Extract<SearchNode, { type: "compare" }>;
    expect(q.slice(term.start, term.end)).toBe('eventName="GetObject"');
    expect(q.slice(term.field.start, term.field.end)).toBe("eventName");
    expect(q.slice(term.value.start, term.value.end)).toBe('"GetObject"');
    expect([s.start, s.end]).toEqual([0, q.length]);
  });
});

describe("eval and where expressions", () => {
  it.each([
    ["a=1 OR b=2 AND c=3", "(($a = 1) OR (($b = 2) AND ($c = 3)))"],
    ["NOT a=1 AND b=2", "((NOT ($a = 1)) AND ($b = 2))"],
    ["hour < 6 OR hour > 22", "(($hour < 6) OR ($hour > 22))"],
    ["1 + 2 * 3 = 7", "((1 + (2 * 3)) = 7)"],
    ["-x + 1 > 0", "(((- $x) + 1) > 0)"],
    ['requestParameters.key."!" = "a!"', '(($requestParameters.key . "!") = "a!")'],
    ['a . b = "xy"', '(($a . $b) = "xy")'],
    ["'field name' = resources{}.ARN", "($field name = $resources{}.ARN)"],
    ['match(requestParameters.policyArn, "Administrator")', 'match($requestParameters.policyArn, "Administrator")'],
    ['MATCH(x, "y") XOR isnull(z)', '(match($x, "y") XOR isnull($z))'],
    ['x LIKE "a%"', '($x LIKE "a%")'],
    ["x != 1.5e3", "($x != 1500)"],
  ])("%s → %s", (q, expected) => {
    expect(whereExpr(q)).toBe(expected);
  });

  it("reads several eval assignments", () => {
    const args = pipeline('* | eval hour=strftime(_time, "%H"), x=hour . "h"').commands[0].args as { assignments: { field: { name: string }; expr: Expr }[] };
    expect(args.assignments.map((a) => [a.field.name, showExpr(a.expr)])).toEqual([
      ["hour", 'strftime($_time, "%H")'],
      ["x", '($hour . "h")'],
    ]);
  });
});

describe("commands", () => {
  it("parse the seed's six searches", () => {
    for (const s of SEED_SEARCHES) expect(parseSearch(s.query).ok, s.title).toBe(true);
  });

  it("read stats functions, AS and by", () => {
    const c = pipeline("* | stats count, dc(requestParameters.key) AS unique_files, avg(x) max(y) by userIdentity.userName, requestParameters.bucketName").commands[0];
    const args = c.args as { aggs: AggSpec[]; by: { name: string }[] };
    expect(args.aggs.map((a) => [a.fn, a.field?.name ?? null, a.as])).toEqual([
      ["count", null, "count"],
      ["dc", "requestParameters.key", "unique_files"],
      ["avg", "x", "avg(x)"],
      ["max", "y", "max(y)"],
    ]);
    expect(args.by.map((b) => b.name)).toEqual(["userIdentity.userName", "requestParameters.bucketName"]);
  });

  it.each([
    ["sort - count", [["count", true, "auto"]], 10_000],
    ["sort -count, +x", [["count", true, "auto"], ["x", false, "auto"]], 10_000],
    ["sort 0 num(bytes) str(name) desc", [["bytes", true, "num"], ["name", true, "str"]], 0],
    ["sort limit=5 -ip(src)", [["src", true, "ip"]], 5],
  ])("%s", (q, keys, limit) => {
    const args = pipeline(`* | ${q}`).commands[0].args as { limit: number; keys: { field: { name: string }; desc: boolean; type: string }[] };
    expect(args.keys.map((k) => [k.field.name, k.desc, k.type])).toEqual(keys);
    expect(args.limit).toBe(limit);
  });

  it("reads timechart options before and after by", () => {
    const args = pipeline("* | timechart span=1h limit=3 count by eventName useother=f").commands[0].args as Record<string, unknown>;
    expect(args).toMatchObject({ span: { ms: 3_600_000 }, limit: 3, useother: false, usenull: true, by: { name: "eventName" } });
  });

  it("keeps command names and positions; names are case-insensitive", () => {
    const q = "x | STATS count | Head 3";
    const cmds = pipeline(q).commands;
    expect(cmds.map((c) => c.name)).toEqual(["stats", "head"]);
    expect(q.slice(cmds[0].nameSpan.start, cmds[0].nameSpan.end)).toBe("STATS");
    expect(q.slice(cmds[1].start, cmds[1].end)).toBe("Head 3");
  });

  it("does not split on a pipe inside quotes", () => {
    expect(base('"a|b"')).toBe('"a|b"');
    expect(pipeline('x="a | b" | head').commands.map((c) => c.name)).toEqual(["head"]);
  });
});
