/** `where <condition>`: keeps the results for which the eval-style condition is true. */
import { SearchFailure, type Expr } from "../ast";
import { evalCondition } from "../expr-columns";
import { exprFields, parseExpr, want } from "../expr-parser";
import { positionsWhere, selectPositions } from "../frame";
import { MESSAGES } from "../messages";
import { defineCommand } from "./types";

export const where = defineCommand<{ expr: Expr }>({
  name: "where",
  mode: "expr",
  transforming: false,
  parse(tokens, at) {
    if (tokens.atEnd()) throw SearchFailure.at(at, MESSAGES.whereEmpty());
    const expr = parseExpr(tokens);
    tokens.done();
    want(expr, "bool");
    return { expr };
  },
  reads: (a) => [...exprFields(a.expr)].map(([name, span]) => ({ name, ...span, inExpr: true })),
  run(frame, { expr }, env) {
    return selectPositions(frame, positionsWhere(evalCondition(frame, expr, env)));
  },
});
