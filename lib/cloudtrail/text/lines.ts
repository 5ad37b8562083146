/**
 * The JSON-lines inner loop. It takes a byte range already cut at newlines,
 * so a caller can split a file into ranges and parse them in parallel
 * (workers) and still get exactly the records a single pass would give.
 */
import { formatById } from "../formats/registry";
import type { InputFormat } from "../formats/types";
import type { Json } from "../types";
import { findJsonError } from "./json-error";
import { emitValue, problem, type RecordEmitter } from "./pipeline";
import { INVALID_UTF8_WARNING, decodeLenient, decodeUtf8 } from "./utf8";

export interface ParseLinesOptions {
  /** "Now" for the eventTime-in-the-future warning (epoch ms); defaults to Date.now(). */
  now?: number;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) return false;
  }
  return true;
}

/** Parses one line's text; errors name the column from the line's bytes. */
function parseLine(
  text: string,
  bytes: Uint8Array,
  start: number,
  end: number,
  baseOffset: number,
  line: number,
  format: InputFormat | undefined,
  now: number,
  emit: RecordEmitter,
): void {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (e) {
    const at = findJsonError(bytes, start, end);
    const message = at ? `malformed JSON at column ${at.offset + 1}: ${at.message}` : `malformed JSON: ${(e as Error).message}`;
    emit.error(problem(line, -1, message));
    return;
  }
  emitValue(value, format, baseOffset + start, end - start, line, -1, now, emit);
}

/**
 * Parses bytes holding whole lines (the last may lack its newline): one JSON
 * value per line, read as `format` (a format id; lines of other shapes are
 * still unwrapped). `baseOffset` is the range's offset in the leaf and
 * `firstLine` its first line number. Returns the number of the line after the
 * range's last line.
 */
export function parseLines(bytes: Uint8Array, baseOffset: number, firstLine: number, format: string, emit: RecordEmitter, opts: ParseLinesOptions = {}): number {
  const fmt = formatById(format);
  const now = opts.now ?? Date.now();
  const n = bytes.length;
  let line = firstLine;
  let start = 0;
  const text = decodeLenient(bytes);
  if (text.length === n && text.indexOf("\uFFFD") < 0) {
    // Pure ASCII: string offsets are byte offsets, so one decode serves the whole range.
    while (start < n) {
      let nl = text.indexOf("\n", start);
      if (nl < 0) nl = n;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end > start) {
        const first = text.charCodeAt(start);
        const lineText = text.slice(start, end);
        if (first === 123 || !isBlank(lineText)) parseLine(lineText, bytes, start, end, baseOffset, line, fmt, now, emit);
      }
      line++;
      start = nl + 1;
    }
    return line;
  }
  while (start < n) {
    let nl = bytes.indexOf(10, start);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > start && bytes[end - 1] === 13) end--;
    if (end > start) {
      const { text: lineText, valid } = decodeUtf8(bytes.subarray(start, end));
      if (!isBlank(lineText)) {
        if (!valid) emit.warning(problem(line, -1, INVALID_UTF8_WARNING));
        parseLine(lineText, bytes, start, end, baseOffset, line, fmt, now, emit);
      }
    }
    line++;
    start = nl + 1;
  }
  return line;
}
