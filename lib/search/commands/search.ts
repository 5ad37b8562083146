/**
 * `search <terms>` after a pipe: the base-search syntax and semantics
 * (filter/semantics.ts) applied to the current results. Free text matches
 * the raw record's JSON text for events, or any column's text for results.
 */
import type { FieldName, SearchNode } from "../ast";
import { textTest, valueTest } from "../filter/semantics";
import { positionsWhere, reader, selectPositions, type Frame } from "../frame";
import { parseSearchTerms } from "../search-parser";
import { toText, type Value } from "../values";
import { defineCommand } from "./types";

type Test = (i: number) => boolean;

function fieldsOf(node: SearchNode, out: FieldName[]): FieldName[] {
  switch (node.type) {
    case "compare":
    case "in":
      out.push(node.field);
      break;
    case "text":
      out.push({ name: "_raw", start: node.start, end: node.end });
      break;
    case "not":
      fieldsOf(node.item, out);
      break;
    case "and":
    case "or":
      for (const i of node.items) fieldsOf(i, out);
      break;
    default:
      break;
  }
  return out;
}

function compile(frame: Frame, node: SearchNode): Test {
  switch (node.type) {
    case "all":
    case "time":
      return () => true;
    case "compare": {
      const read = reader(frame, node.field.name);
      const test = valueTest(node.op, node.value.text);
      return (i) => test(read(i));
    }
    case "in": {
      const read = reader(frame, node.field.name);
      const tests = node.values.map((v) => valueTest("=", v.text));
      return (i) => {
        const v = read(i);
        return tests.some((t) => t(v));
      };
    }
    case "text": {
      const test = textTest(node.value.text);
      const names = frame.rows ? ["_raw", ...frame.cols.keys()] : (frame.names ?? []);
      const readers = names.map((n) => reader(frame, n));
      return (i) => readers.some((r) => {
        const v: Value = r(i);
        return v !== null && test((toText(v) as string).toLowerCase());
      });
    }
    case "not": {
      const inner = compile(frame, node.item);
      return (i) => !inner(i);
    }
    case "and":
    case "or": {
      const parts = node.items.map((x) => compile(frame, x));
      return node.type === "and" ? (i) => parts.every((p) => p(i)) : (i) => parts.some((p) => p(i));
    }
  }
}

export const search = defineCommand<{ node: SearchNode | null }>({
  name: "search",
  mode: "args",
  transforming: false,
  parse: (tokens) => ({ node: parseSearchTerms(tokens) }),
  reads: (a) => (a.node ? fieldsOf(a.node, []) : []),
  run(frame, { node }) {
    if (!node) return frame;
    const test = compile(frame, node);
    const flags = new Uint8Array(frame.n);
    for (let i = 0; i < frame.n; i++) flags[i] = test(i) ? 1 : 0;
    return selectPositions(frame, positionsWhere(flags));
  },
});
