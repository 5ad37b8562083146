/**
 * parseSearch: query text → Pipeline (base search + commands), or an error
 * with its position. Never throws.
 */
import { SearchFailure, type CommandNode, type ParseResult, type SearchNode } from "./ast";
import { commandNamed, commandNames } from "./commands/registry";
import { lexArgs, lexExpr, splitPipes } from "./lexer";
import { MESSAGES } from "./messages";
import { parseSearchTerms } from "./search-parser";
import { Tokens } from "./tokens";

/** Queries longer than this are refused (a pasted log file is not a search). */
export const MAX_QUERY_LENGTH = 100_000;

function parseCommand(text: string, seg: { start: number; end: number; pipe: number }): CommandNode {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)?/.exec(text.slice(seg.start, seg.end)) as RegExpExecArray;
  const lead = m[0].length - (m[1]?.length ?? 0);
  const nameStart = seg.start + lead;
  if (!m[1]) {
    if (text.slice(seg.start, seg.end).trim() === "") throw new SearchFailure(MESSAGES.emptyCommand(), seg.pipe, seg.pipe + 1);
    const end = Math.min(seg.end, nameStart + (/^\S*/.exec(text.slice(nameStart, seg.end))?.[0].length ?? 1));
    throw new SearchFailure(MESSAGES.unknownCommand(text.slice(nameStart, end), commandNames()), nameStart, end);
  }
  const name = m[1];
  const nameSpan = { start: nameStart, end: nameStart + name.length };
  const def = commandNamed(name);
  if (!def) throw SearchFailure.at(nameSpan, MESSAGES.unknownCommand(name, commandNames()));
  const argStart = nameSpan.end;
  const list = def.mode === "expr" ? lexExpr(text, argStart, seg.end) : lexArgs(text, argStart, seg.end);
  const span = { start: nameSpan.start, end: Math.max(nameSpan.end, list.length ? list[list.length - 1].end : nameSpan.end) };
  const tokens = new Tokens(list, span, def.name);
  const args = def.parse(tokens, span);
  tokens.done();
  return { name: def.name, nameSpan, args, ...span };
}

/** Parses a search. */
export function parseSearch(text: string): ParseResult {
  try {
    if (text.length > MAX_QUERY_LENGTH) throw new SearchFailure(MESSAGES.tooLong(text.length, MAX_QUERY_LENGTH), MAX_QUERY_LENGTH, text.length);
    const segments = splitPipes(text);
    const base = segments[0];
    let search: SearchNode | null = null;
    const baseTokens = lexArgs(text, base.start, base.end);
    if (baseTokens.length > 0) search = parseSearchTerms(new Tokens(baseTokens, base, "search"));
    const commands = segments.slice(1).map((seg) => parseCommand(text, seg));
    return { ok: true, pipeline: { text, search, commands } };
  } catch (e) {
    if (e instanceof SearchFailure) return { ok: false, error: e.toError() };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message: MESSAGES.internal(message), start: 0, end: text.length } };
  }
}
