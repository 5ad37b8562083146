/**
 * Parses eval/where expressions with the precedence Splunk documents for
 * eval and where: parentheses, NOT, AND, then OR/XOR (unlike the base
 * search, AND binds tighter than OR). Below them: comparisons and LIKE,
 * then + - and `.` (concatenation), then * / %, then unary minus.
 * Also checks function names, arities and where conditions are required.
 */
import { SearchFailure, join, type BinaryOp, type Expr, type Span } from "./ast";
import { FUNCTIONS } from "./eval-functions";
import type { Token } from "./lexer";
import { MESSAGES } from "./messages";
import type { Tokens } from "./tokens";

const BINARY: Record<string, { op: BinaryOp; prec: number }> = {
  OR: { op: "OR", prec: 1 },
  XOR: { op: "XOR", prec: 1 },
  AND: { op: "AND", prec: 2 },
  "=": { op: "=", prec: 4 },
  "!=": { op: "!=", prec: 4 },
  "<": { op: "<", prec: 4 },
  ">": { op: ">", prec: 4 },
  "<=": { op: "<=", prec: 4 },
  ">=": { op: ">=", prec: 4 },
  LIKE: { op: "LIKE", prec: 4 },
  "+": { op: "+", prec: 5 },
  "-": { op: "-", prec: 5 },
  ".": { op: ".", prec: 5 },
  "*": { op: "*", prec: 6 },
  "/": { op: "/", prec: 6 },
  "%": { op: "%", prec: 6 },
};
const NOT_PREC = 3;

function binaryOf(t: Token | undefined): { op: BinaryOp; prec: number } | undefined {
  if (!t) return undefined;
  if (t.type === "op") return BINARY[t.value];
  if (t.type === "word" && (t.value === "AND" || t.value === "OR" || t.value === "XOR" || t.value === "LIKE")) return BINARY[t.value];
  return undefined;
}

/** Parses one expression, stopping before a top-level comma or the end. */
export function parseExpr(tokens: Tokens, minPrec = 0): Expr {
  let left = parsePrefix(tokens);
  for (;;) {
    const t = tokens.peek();
    const b = binaryOf(t);
    if (!b || b.prec <= minPrec) {
      if (t && t.type !== "comma" && t.type !== "rparen" && !b) throw SearchFailure.at(t, MESSAGES.missingOperator(t.value));
      return left;
    }
    tokens.next("an operator");
    if (tokens.atEnd() || tokens.is("comma") || tokens.is("rparen")) throw SearchFailure.at(t as Token, MESSAGES.operatorSides(b.op));
    const right = parseExpr(tokens, b.prec);
    left = { type: "binary", op: b.op, left, right, ...join(left, right) };
  }
}

function parsePrefix(tokens: Tokens): Expr {
  const t = tokens.next("an expression");
  switch (t.type) {
    case "number":
      return { type: "num", value: Number(t.value), start: t.start, end: t.end };
    case "string":
      return { type: "str", value: t.value, start: t.start, end: t.end };
    case "qfield":
      return { type: "field", name: t.value, start: t.start, end: t.end };
    case "lparen": {
      if (tokens.is("rparen")) throw SearchFailure.at(join(t, tokens.peek() as Token), MESSAGES.emptyGroup());
      const inner = parseExpr(tokens);
      const close = tokens.peek();
      if (!close || close.type !== "rparen") throw SearchFailure.at(close ?? t, close ? MESSAGES.missingOperator(close.value) : MESSAGES.unclosedParen());
      tokens.next(")");
      return { ...inner, ...join(t, close) };
    }
    case "op":
      if (t.value === "-") {
        const arg = parseExpr(tokens, 6);
        return { type: "unary", op: "-", arg, ...join(t, arg) };
      }
      if (t.value === "+") return parseExpr(tokens, 6);
      throw SearchFailure.at(t, MESSAGES.operatorSides(t.value));
    case "word": {
      if (t.value === "NOT") {
        if (tokens.atEnd()) throw SearchFailure.at(t, MESSAGES.notNeedsTerm());
        const arg = parseExpr(tokens, NOT_PREC);
        return { type: "unary", op: "NOT", arg, ...join(t, arg) };
      }
      if (t.value === "AND" || t.value === "OR" || t.value === "XOR" || t.value === "LIKE") throw SearchFailure.at(t, MESSAGES.operatorSides(t.value));
      if (tokens.is("lparen")) return parseCall(tokens, t);
      return { type: "field", name: t.value, start: t.start, end: t.end };
    }
    case "rparen":
      throw SearchFailure.at(t, MESSAGES.unmatchedClose());
    case "comma":
      throw SearchFailure.at(t, MESSAGES.unexpectedToken(","));
  }
}

function parseCall(tokens: Tokens, name: Token): Expr {
  const open = tokens.next("(");
  const args: Expr[] = [];
  const fname = name.value.toLowerCase();
  const def = FUNCTIONS.get(fname);
  if (!def) throw SearchFailure.at(name, MESSAGES.unknownFunction(name.value));
  for (;;) {
    const t = tokens.peek();
    if (!t) throw SearchFailure.at(open, MESSAGES.unclosedParen());
    if (t.type === "rparen") {
      tokens.next(")");
      const span = join(name, t);
      if (args.length < def.min || args.length > def.max) throw SearchFailure.at(span, MESSAGES.arity(fname, def.min, def.max, args.length));
      def.check?.(args);
      return { type: "call", name: fname, args, nameSpan: { start: name.start, end: name.end }, ...span };
    }
    if (args.length > 0) {
      if (t.type !== "comma") throw SearchFailure.at(t, MESSAGES.missingOperator(t.value));
      tokens.next(",");
    }
    args.push(parseExpr(tokens));
  }
}

export type ExprType = "bool" | "value";

/** The static type of an expression; throws where a condition is used as a value or the reverse. */
export function typeOf(e: Expr): ExprType {
  switch (e.type) {
    case "num":
    case "str":
    case "field":
      return "value";
    case "unary":
      if (e.op === "NOT") return (want(e.arg, "bool"), "bool");
      return (want(e.arg, "value"), "value");
    case "binary":
      if (e.op === "AND" || e.op === "OR" || e.op === "XOR") {
        want(e.left, "bool");
        want(e.right, "bool");
        return "bool";
      }
      want(e.left, "value");
      want(e.right, "value");
      return e.op === "+" || e.op === "-" || e.op === "*" || e.op === "/" || e.op === "%" || e.op === "." ? "value" : "bool";
    case "call": {
      const def = FUNCTIONS.get(e.name);
      if (!def) throw SearchFailure.at(e.nameSpan, MESSAGES.unknownFunction(e.name));
      e.args.forEach((a, i) => want(a, def.argType(i, e.args.length)));
      return def.returns;
    }
  }
}

/** Checks that `e` has type `t`, with a message naming the part at fault. */
export function want(e: Expr, t: ExprType): void {
  const got = typeOf(e);
  if (got === t) return;
  throw SearchFailure.at(e, t === "bool" ? MESSAGES.needsCondition() : MESSAGES.needsValue());
}

/** The field names an expression reads, with where each is written. */
export function exprFields(e: Expr, out: Map<string, Span> = new Map()): Map<string, Span> {
  switch (e.type) {
    case "field":
      if (!out.has(e.name)) out.set(e.name, { start: e.start, end: e.end });
      break;
    case "unary":
      exprFields(e.arg, out);
      break;
    case "binary":
      exprFields(e.left, out);
      exprFields(e.right, out);
      break;
    case "call":
      for (const a of e.args) exprFields(a, out);
      break;
    default:
      break;
  }
  return out;
}
