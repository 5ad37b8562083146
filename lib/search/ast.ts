/**
 * The syntax tree of a search. Every node carries its position in the query
 * text ([start, end) in UTF-16 code units) so errors can point at it.
 */

/** A range of the query text. */
export interface Span {
  start: number;
  end: number;
}

/** A problem with a search, pointing at the part of the query it is about. */
export interface SearchError extends Span {
  message: string;
}

/** A field name as written (a dotted path for JSON data, `{}` for array elements). */
export interface FieldName extends Span {
  name: string;
  /** Read inside an eval/where expression (where a bare word is a field, not text). */
  inExpr?: boolean;
}

/** A value as written in the base search: quoted or not (quotes do not stop `*` from being a wildcard). */
export interface Literal extends Span {
  text: string;
  quoted: boolean;
}

export type CompareOp = "=" | "!=" | "<" | ">" | "<=" | ">=";

/** The base search (before the first pipe), and the `search` command's argument. */
export type SearchNode =
  | ({ type: "and"; items: SearchNode[] } & Span)
  | ({ type: "or"; items: SearchNode[] } & Span)
  | ({ type: "not"; item: SearchNode } & Span)
  | ({ type: "compare"; field: FieldName; op: CompareOp; value: Literal } & Span)
  | ({ type: "in"; field: FieldName; values: Literal[] } & Span)
  | ({ type: "text"; value: Literal } & Span)
  /** `index=…` and `sourcetype=…`: every loaded CloudTrail record matches. */
  | ({ type: "all"; term: string } & Span)
  /** `earliest=…` / `latest=…`: a bound on the event time. */
  | ({ type: "time"; bound: "earliest" | "latest"; value: Literal } & Span);

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "." | "=" | "!=" | "<" | ">" | "<=" | ">=" | "AND" | "OR" | "XOR" | "LIKE";

/** An eval/where expression. */
export type Expr =
  | ({ type: "num"; value: number } & Span)
  | ({ type: "str"; value: string } & Span)
  | ({ type: "field"; name: string } & Span)
  | ({ type: "call"; name: string; args: Expr[]; nameSpan: Span } & Span)
  | ({ type: "unary"; op: "-" | "NOT"; arg: Expr } & Span)
  | ({ type: "binary"; op: BinaryOp; left: Expr; right: Expr } & Span);

/** One command after a pipe; `args` is the command's own parsed form (see commands/). */
export interface CommandNode extends Span {
  name: string;
  nameSpan: Span;
  args: unknown;
}

/** A whole search: the base search (null = every event) and the piped commands. */
export interface Pipeline {
  text: string;
  search: SearchNode | null;
  commands: CommandNode[];
}

/** Parse outcome: never throws. */
export type ParseResult = { ok: true; pipeline: Pipeline } | { ok: false; error: SearchError };

/** An error that carries a position; thrown inside lib/search only and turned into a result at the edges. */
export class SearchFailure extends Error {
  override name = "SearchFailure";
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }

  static at(span: Span, message: string): SearchFailure {
    return new SearchFailure(message, span.start, span.end);
  }

  toError(): SearchError {
    return { message: this.message, start: this.start, end: this.end };
  }
}

/** A span covering two spans. */
export function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
