/**
 * Tokens of a search. SPL is read in two modes: the base search and command
 * arguments ("args": bare words such as `aws:cloudtrail` or `-count`, quoted
 * strings, `=`/`!=`/`<`…, parentheses and commas) and eval/where expressions
 * ("expr": numbers, operators, `'quoted field'` names). The query is first
 * split into pipe segments; each segment is then read in its command's mode.
 */
import { SearchFailure, type Span } from "./ast";
import { MESSAGES } from "./messages";

export type TokenType = "word" | "string" | "qfield" | "number" | "op" | "lparen" | "rparen" | "comma";

export interface Token extends Span {
  type: TokenType;
  /** Unquoted, unescaped text (the operator for "op"). */
  value: string;
}

/** One pipe-separated part of the query. */
export interface Segment extends Span {
  /** Position of the `|` before it (-1 for the base search). */
  pipe: number;
}

/** Splits the query at the pipes that are not inside double quotes. */
export function splitPipes(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let pipe = -1;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === '"') quote = false;
    } else if (c === '"') quote = true;
    else if (c === "|") {
      out.push({ start, end: i, pipe });
      pipe = i;
      start = i + 1;
    }
  }
  out.push({ start, end: text.length, pipe });
  return out;
}

const ARG_BREAK = new Set([" ", "\t", "\n", "\r", '"', "(", ")", ",", "=", "<", ">", "[", "]"]);
const SPACE = /\s/;

/** Reads a double-quoted string starting at `i` (on the quote); returns the value and the index after it. */
function readString(text: string, i: number, end: number): { value: string; next: number } {
  let value = "";
  for (let j = i + 1; j < end; j++) {
    const c = text[j];
    if (c === "\\" && j + 1 < end && (text[j + 1] === '"' || text[j + 1] === "\\")) {
      value += text[++j];
    } else if (c === '"') return { value, next: j + 1 };
    else value += c;
  }
  throw new SearchFailure(MESSAGES.unterminatedString(), i, end);
}

function readOperator(text: string, i: number, end: number): string | null {
  const two = i + 1 < end ? text.slice(i, i + 2) : "";
  if (two === "!=" || two === "<=" || two === ">=" || two === "==") return two;
  const c = text[i];
  return c === "=" || c === "<" || c === ">" ? c : null;
}

/**
 * The tokens both lexers read alike at text[i]: a quoted string, a parenthesis or comma, an operator
 * (`==` is `=`). Returns the token, or null when text[i] is none of them. Subsearches are refused.
 */
function sharedToken(text: string, i: number, end: number): Token | null {
  const c = text[i];
  if (c === "[" || c === "]") throw new SearchFailure(MESSAGES.subsearch(), i, i + 1);
  if (c === '"') {
    const s = readString(text, i, end);
    return { type: "string", value: s.value, start: i, end: s.next };
  }
  if (c === "(" || c === ")" || c === ",") return { type: c === "(" ? "lparen" : c === ")" ? "rparen" : "comma", value: c, start: i, end: i + 1 };
  const op = readOperator(text, i, end);
  return op ? { type: "op", value: op === "==" ? "=" : op, start: i, end: i + op.length } : null;
}

/** Tokens of the base search or a command's arguments in text[start, end). */
export function lexArgs(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text[i];
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const shared = sharedToken(text, i, end);
    if (shared) {
      out.push(shared);
      i = shared.end;
      continue;
    }
    let j = i;
    while (j < end && !ARG_BREAK.has(text[j]) && !(text[j] === "!" && text[j + 1] === "=")) j++;
    out.push({ type: "word", value: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return out;
}

const IDENT_START = /[A-Za-z_@$]/;
const IDENT_PART = /[A-Za-z0-9_@$]/;
const DIGIT = /[0-9]/;

/**
 * Tokens of an eval/where expression in text[start, end). A name may contain
 * dots and `{}` when no space separates them (`requestParameters.key`,
 * `resources{}.ARN`); `.` between spaces, or next to a quoted string or a
 * parenthesis, concatenates.
 */
export function lexExpr(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text[i];
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const shared = sharedToken(text, i, end);
    if (shared) {
      out.push(shared);
      i = shared.end;
      continue;
    }
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0 || close >= end) throw new SearchFailure(MESSAGES.unterminatedField(), i, end);
      out.push({ type: "qfield", value: text.slice(i + 1, close), start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    if (DIGIT.test(c) || (c === "." && DIGIT.test(text[i + 1] ?? ""))) {
      const m = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, end)) as RegExpExecArray;
      const next = i + m[0].length;
      if (next < end && IDENT_START.test(text[next])) throw new SearchFailure(MESSAGES.badNumber(text.slice(i, wordEnd(text, i, end))), i, wordEnd(text, i, end));
      out.push({ type: "number", value: m[0], start: i, end: next });
      i = next;
      continue;
    }
    if (IDENT_START.test(c)) {
      let j = i + 1;
      for (;;) {
        while (j < end && IDENT_PART.test(text[j])) j++;
        if (text[j] === "{" && text[j + 1] === "}") j += 2;
        else if (text[j] === "." && j + 1 < end && IDENT_PART.test(text[j + 1])) j += 1;
        else break;
      }
      out.push({ type: "word", value: text.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if ("+-*/%.".includes(c)) {
      out.push({ type: "op", value: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    throw new SearchFailure(MESSAGES.unexpectedChar(c), i, i + 1);
  }
  return out;
}

function wordEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && !SPACE.test(text[j]) && !"(),".includes(text[j])) j++;
  return j;
}
