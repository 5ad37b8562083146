/**
 * Parses the base search (and the `search` command): terms joined by
 * implicit AND, with Splunk's precedence for the search command —
 * parentheses, then NOT, then OR, then AND (`a b OR c` is `a AND (b OR c)`).
 * Keywords AND/OR/NOT/IN are uppercase, as in Splunk.
 */
import { SearchFailure, join, type CompareOp, type Literal, type SearchNode } from "./ast";
import type { Token } from "./lexer";
import { MESSAGES } from "./messages";
import type { Tokens } from "./tokens";

/** Fields whose terms match every loaded CloudTrail record. */
const ALL_FIELDS = new Set(["index", "sourcetype"]);

const isKeyword = (t: Token | undefined, k: string): boolean => t !== undefined && t.type === "word" && t.value === k;

/** Parses the whole token list; null when it is empty (every event). */
export function parseSearchTerms(tokens: Tokens): SearchNode | null {
  if (tokens.atEnd()) return null;
  const node = parseAnd(tokens);
  const rest = tokens.peek();
  if (rest) throw SearchFailure.at(rest, rest.type === "rparen" ? MESSAGES.unmatchedClose() : MESSAGES.unexpectedToken(rest.value));
  return node;
}

function parseAnd(tokens: Tokens): SearchNode {
  const items: SearchNode[] = [];
  while (!tokens.atEnd() && !tokens.is("rparen")) {
    const and = tokens.peek();
    if (isKeyword(and, "AND")) {
      tokens.next("AND");
      if (items.length === 0 || tokens.atEnd() || tokens.is("rparen")) throw SearchFailure.at(and as Token, MESSAGES.operatorSides("AND"));
      continue;
    }
    items.push(parseOr(tokens));
  }
  if (items.length === 0) throw SearchFailure.at(tokens.here(), MESSAGES.emptyGroup());
  if (items.length === 1) return items[0];
  return { type: "and", items, ...join(items[0], items[items.length - 1]) };
}

function parseOr(tokens: Tokens): SearchNode {
  const first = parseUnary(tokens);
  const items = [first];
  while (isKeyword(tokens.peek(), "OR")) {
    const or = tokens.next("OR");
    const next = tokens.peek();
    if (!next || next.type === "rparen" || isKeyword(next, "OR") || isKeyword(next, "AND")) throw SearchFailure.at(or, MESSAGES.operatorSides("OR"));
    items.push(parseUnary(tokens));
  }
  if (items.length === 1) return first;
  return { type: "or", items, ...join(first, items[items.length - 1]) };
}

function parseUnary(tokens: Tokens): SearchNode {
  const t = tokens.peek() as Token;
  if (isKeyword(t, "NOT")) {
    tokens.next("NOT");
    const next = tokens.peek();
    if (!next || next.type === "rparen" || isKeyword(next, "OR") || isKeyword(next, "AND")) throw SearchFailure.at(t, MESSAGES.notNeedsTerm());
    const item = parseUnary(tokens);
    return { type: "not", item, ...join(t, item) };
  }
  if (isKeyword(t, "OR")) throw SearchFailure.at(t, MESSAGES.operatorSides("OR"));
  return parsePrimary(tokens);
}

function parsePrimary(tokens: Tokens): SearchNode {
  const t = tokens.next("a search term");
  if (t.type === "lparen") {
    if (tokens.is("rparen")) throw SearchFailure.at(join(t, tokens.peek() as Token), MESSAGES.emptyGroup());
    const inner = parseAnd(tokens);
    const close = tokens.peek();
    if (!close) throw SearchFailure.at(t, MESSAGES.unclosedParen());
    tokens.next(")");
    return { ...inner, ...join(t, close) } as SearchNode;
  }
  if (t.type === "rparen") throw SearchFailure.at(t, MESSAGES.unmatchedClose());
  if (t.type === "comma") throw SearchFailure.at(t, MESSAGES.unexpectedToken(","));
  if (t.type === "op") throw SearchFailure.at(t, MESSAGES.missingField(t.value));
  const after = tokens.peek();
  if (t.type === "word" && after?.type === "op") return parseCompare(tokens, t);
  if (t.type === "word" && after?.type === "word" && after.value.toUpperCase() === "IN" && tokens.is("lparen", 1)) return parseIn(tokens, t);
  const value: Literal = { text: t.value, quoted: t.type === "string", start: t.start, end: t.end };
  return { type: "text", value, start: t.start, end: t.end };
}

function literal(tokens: Tokens, field: Token, op: Token): Literal {
  const v = tokens.peek();
  if (!v || (v.type !== "word" && v.type !== "string")) throw SearchFailure.at(join(field, op), MESSAGES.missingValue(field.value, op.value));
  tokens.next("a value");
  return { text: v.value, quoted: v.type === "string", start: v.start, end: v.end };
}

function parseCompare(tokens: Tokens, field: Token): SearchNode {
  const op = tokens.next("an operator");
  const value = literal(tokens, field, op);
  const span = join(field, value);
  const name = field.value;
  if (ALL_FIELDS.has(name) || name === "earliest" || name === "latest") {
    if (op.value !== "=") throw SearchFailure.at(op, MESSAGES.onlyEquals(name));
    if (name === "earliest" || name === "latest") return { type: "time", bound: name, value, ...span };
    return { type: "all", term: name, ...span };
  }
  return { type: "compare", field: { name, start: field.start, end: field.end }, op: op.value as CompareOp, value, ...span };
}

function parseIn(tokens: Tokens, field: Token): SearchNode {
  tokens.next("IN");
  const open = tokens.next("(");
  const values: Literal[] = [];
  for (;;) {
    const t = tokens.peek();
    if (!t) throw SearchFailure.at(open, MESSAGES.unclosedParen());
    tokens.next("a value");
    if (t.type === "rparen") {
      if (values.length === 0) throw SearchFailure.at(join(open, t), MESSAGES.emptyIn(field.value));
      const span = join(field, t);
      if (ALL_FIELDS.has(field.value)) return { type: "all", term: field.value, ...span };
      return { type: "in", field: { name: field.value, start: field.start, end: field.end }, values, ...span };
    }
    if (t.type === "comma") continue;
    if (t.type !== "word" && t.type !== "string") throw SearchFailure.at(t, MESSAGES.unexpectedToken(t.value));
    values.push({ text: t.value, quoted: t.type === "string", start: t.start, end: t.end });
  }
}
