/** `eval x=<expression>[, y=<expression>]…`: computes fields, left to right (later ones may use earlier ones). */
import { SearchFailure, type Expr, type FieldName } from "../ast";
import { evalColumn } from "../expr-columns";
import { exprFields, parseExpr, want } from "../expr-parser";
import { MESSAGES } from "../messages";
import { defineCommand } from "./types";

interface Assignment {
  field: FieldName;
  expr: Expr;
}

export const evalCommand = defineCommand<{ assignments: Assignment[] }>({
  name: "eval",
  mode: "expr",
  transforming: false,
  parse(tokens, at) {
    const assignments: Assignment[] = [];
    while (!tokens.atEnd()) {
      if (assignments.length > 0) tokens.expect("comma", "a comma between assignments");
      const name = tokens.peek();
      if (!name || (name.type !== "word" && name.type !== "qfield" && name.type !== "string")) throw SearchFailure.at(name ?? tokens.here(), MESSAGES.evalAssign());
      tokens.next("a field name");
      const eq = tokens.peek();
      if (!eq || eq.type !== "op" || eq.value !== "=") throw SearchFailure.at(eq ?? name, MESSAGES.evalAssign());
      tokens.next("=");
      const expr = parseExpr(tokens);
      want(expr, "value");
      assignments.push({ field: { name: name.value, start: name.start, end: name.end }, expr });
    }
    if (assignments.length === 0) throw SearchFailure.at(at, MESSAGES.evalAssign());
    return { assignments };
  },
  reads(a) {
    const defined = new Set<string>();
    const out: FieldName[] = [];
    for (const { field, expr } of a.assignments) {
      for (const [name, span] of exprFields(expr)) if (!defined.has(name)) out.push({ name, ...span, inExpr: true });
      defined.add(field.name);
    }
    return out;
  },
  writes: (a) => a.assignments.map((x) => x.field.name),
  run(input, { assignments }, env) {
    let frame = input;
    for (const { field, expr } of assignments) {
      const col = evalColumn(frame, expr, env);
      const cols = new Map(frame.cols).set(field.name, col);
      const removed = new Set(frame.removed);
      removed.delete(field.name);
      const names = frame.names && !frame.names.includes(field.name) ? [...frame.names, field.name] : frame.names;
      frame = { ...frame, cols, removed, names };
    }
    return frame;
  },
});
