/**
 * A cursor over one segment's tokens with the small parsing steps every
 * command needs: keywords, `key=value` options, field names and lists.
 * Problems are thrown as SearchFailure (caught by the parser).
 */
import { SearchFailure, type FieldName, type Span } from "./ast";
import type { Token, TokenType } from "./lexer";
import { MESSAGES } from "./messages";

export class Tokens {
  private i = 0;

  constructor(
    readonly list: Token[],
    /** The segment (or command) the tokens come from, for "missing …" errors at its end. */
    readonly span: Span,
    /** The command name, for messages. */
    readonly command: string,
  ) {}

  peek(k = 0): Token | undefined {
    return this.list[this.i + k];
  }

  atEnd(): boolean {
    return this.i >= this.list.length;
  }

  /** Where the next token is (or the end of the segment). */
  here(): Span {
    const t = this.peek();
    return t ? { start: t.start, end: t.end } : { start: this.span.end, end: this.span.end };
  }

  next(what: string): Token {
    const t = this.list[this.i];
    if (!t) throw SearchFailure.at(this.here(), MESSAGES.missing(this.command, what));
    this.i++;
    return t;
  }

  /** Whether the next token is the word `value` (case-insensitive). */
  isWord(value: string, k = 0): boolean {
    const t = this.peek(k);
    return t !== undefined && t.type === "word" && t.value.toLowerCase() === value.toLowerCase();
  }

  is(type: TokenType, k = 0): boolean {
    return this.peek(k)?.type === type;
  }

  /** Consumes the next token when it has this type (and value); null otherwise. */
  take(type: TokenType, value?: string): Token | null {
    const t = this.peek();
    if (!t || t.type !== type || (value !== undefined && t.value !== value)) return null;
    this.i++;
    return t;
  }

  takeWord(value: string): Token | null {
    if (!this.isWord(value)) return null;
    return this.list[this.i++];
  }

  /** The next token, which must have this type; `what` names it in the error. */
  expect(type: TokenType, what: string): Token {
    const t = this.peek();
    if (!t) throw SearchFailure.at(this.here(), MESSAGES.missing(this.command, what));
    if (t.type !== type) throw SearchFailure.at(t, MESSAGES.expected(this.command, what, t.value));
    this.i++;
    return t;
  }

  /** Whether `key=` follows (an option). */
  isOption(k = 0): boolean {
    const t = this.peek(k);
    const eq = this.peek(k + 1);
    return t !== undefined && t.type === "word" && eq !== undefined && eq.type === "op" && eq.value === "=" && eq.start === t.end;
  }

  /** Consumes `key=value`; the value is a word or a quoted string. */
  option(): { key: Token; value: Token } {
    const key = this.next("an option");
    this.next("=");
    const value = this.peek();
    if (!value || (value.type !== "word" && value.type !== "string")) {
      throw SearchFailure.at(value ?? this.here(), MESSAGES.optionValue(this.command, key.value));
    }
    this.i++;
    return { key, value };
  }

  /** A field name (a word or a quoted string). */
  field(what = "a field name"): FieldName {
    const t = this.peek();
    if (!t) throw SearchFailure.at(this.here(), MESSAGES.missing(this.command, what));
    if (t.type !== "word" && t.type !== "string") throw SearchFailure.at(t, MESSAGES.expected(this.command, what, t.value));
    this.i++;
    return { name: t.value, start: t.start, end: t.end };
  }

  /** Field names separated by commas and/or spaces, up to the end or a stop word. */
  fieldList(stop: readonly string[] = []): FieldName[] {
    const out: FieldName[] = [];
    while (!this.atEnd()) {
      if (stop.some((w) => this.isWord(w))) break;
      if (this.take("comma")) continue;
      out.push(this.field());
    }
    return out;
  }

  /** Throws when tokens are left over. */
  done(): void {
    const t = this.peek();
    if (t) throw SearchFailure.at(t, MESSAGES.unexpectedArg(this.command, t.value));
  }
}

/** Parses a non-negative integer option or count, naming it in errors. */
export function parseCount(tok: Token, command: string, what: string): number {
  const n = /^\d+$/.test(tok.value) ? Number(tok.value) : NaN;
  if (!Number.isSafeInteger(n)) throw SearchFailure.at(tok, MESSAGES.badCount(command, what, tok.value));
  return n;
}

/** Parses a boolean option value (true/false, t/f, 1/0, yes/no). */
export function parseBool(tok: Token, command: string, option: string): boolean {
  const v = tok.value.toLowerCase();
  if (["true", "t", "1", "yes"].includes(v)) return true;
  if (["false", "f", "0", "no"].includes(v)) return false;
  throw SearchFailure.at(tok, MESSAGES.badBool(command, option, tok.value));
}
