/**
 * Autocomplete of the search bar, as pure functions: what is being typed at
 * the caret (a command name after `|`, a field name, or the value after
 * `field=` in the base search or a `search` command), which candidates
 * match it, and the text after one is accepted.
 */
import { quoteSpl } from "./send-to-search";

export type CompletionContext =
  | { kind: "command"; prefix: string; start: number; end: number }
  | { kind: "field"; prefix: string; start: number; end: number }
  | { kind: "value"; field: string; prefix: string; start: number; end: number; quoted: boolean };

const NAME_CHARS = /[\w.{}@$-]/;
const NAME_AT_END = /(?:^|[^\w.{}@$-])([A-Za-z_][\w.{}@$-]*)$/;
const VALUE_AT_END = /([A-Za-z_][\w.{}@$-]*)\s*!?=\s*([^\s"()=,|]*)$/;
const FIELD_BEFORE_QUOTE = /([A-Za-z_][\w.{}@$-]*)\s*!?=\s*$/;
const BARE_VALUE = /^[A-Za-z0-9_.:/@-]+$/;
const KEYWORDS = new Set(["AND", "OR", "NOT", "IN", "AS", "BY", "XOR", "LIKE"]);

function runLength(text: string, from: number, chars: RegExp): number {
  let i = from;
  while (i < text.length && chars.test(text[i]!)) i++;
  return i - from;
}

/** What is being typed at `caret` in `text`, or null where nothing is offered (inside other quotes, numbers, operators). */
export function completionAt(text: string, caret: number): CompletionContext | null {
  const at = Math.max(0, Math.min(caret, text.length));
  let segStart = 0;
  let base = true;
  let quoteStart = -1;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (quoteStart >= 0) {
      if (c === "\\") i++;
      else if (c === '"') quoteStart = -1;
    } else if (c === '"') quoteStart = i;
    else if (c === "|") {
      segStart = i + 1;
      base = false;
    }
  }
  const before = text.slice(segStart, at);
  if (quoteStart < 0 && !base) {
    const cmd = /^\s*([A-Za-z]*)$/.exec(before);
    if (cmd) return { kind: "command", prefix: cmd[1]!, start: at - cmd[1]!.length, end: at + runLength(text, at, /[A-Za-z]/) };
  }
  const command = base ? "search" : (/^\s*([A-Za-z]+)/.exec(before)?.[1]?.toLowerCase() ?? "");
  const valuesHere = command === "search";

  if (quoteStart >= 0) {
    if (!valuesHere) return null;
    const field = FIELD_BEFORE_QUOTE.exec(text.slice(segStart, quoteStart));
    if (!field) return null;
    let end = at;
    for (let i = at; i < text.length && text[i] !== "\n"; i++) {
      if (text[i] === "\\") i++;
      else if (text[i] === '"') {
        end = i + 1;
        break;
      }
    }
    return { kind: "value", field: field[1]!, prefix: text.slice(quoteStart + 1, at), start: quoteStart, end, quoted: true };
  }

  const value = valuesHere ? VALUE_AT_END.exec(before) : null;
  if (value) {
    const prefix = value[2]!;
    return { kind: "value", field: value[1]!, prefix, start: at - prefix.length, end: at + runLength(text, at, /[^\s"()=,|]/), quoted: false };
  }
  const name = NAME_AT_END.exec(before);
  if (name) {
    const prefix = name[1]!;
    return { kind: "field", prefix, start: at - prefix.length, end: at + runLength(text, at, NAME_CHARS) };
  }
  return null;
}

/** Candidates matching `prefix` (case-insensitive): those starting with it first, then those containing it; not the prefix itself. */
export function matchCandidates(candidates: readonly string[], prefix: string, limit = 12): string[] {
  const p = prefix.toLowerCase();
  const starts: string[] = [];
  const contains: string[] = [];
  for (const c of candidates) {
    if (c === prefix) continue;
    const at = c.toLowerCase().indexOf(p);
    if (at === 0) starts.push(c);
    else if (at > 0) contains.push(c);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** A value as it is inserted: bare when it is a plain word, else quoted and escaped. */
export function valueText(value: string, quoted: boolean): string {
  return !quoted && BARE_VALUE.test(value) && !KEYWORDS.has(value.toUpperCase()) && !value.includes("*") ? value : quoteSpl(value);
}

/** The text after accepting `choice` for `ctx`, and where the caret goes. */
export function applyCompletion(text: string, ctx: CompletionContext, choice: string): { text: string; caret: number } {
  let insert = ctx.kind === "value" ? valueText(choice, ctx.quoted) : choice;
  if (ctx.kind === "command" && text[ctx.end] !== " ") insert += " ";
  return { text: text.slice(0, ctx.start) + insert + text.slice(ctx.end), caret: ctx.start + insert.length };
}
