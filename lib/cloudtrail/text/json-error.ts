/**
 * Finds where JSON text stops being valid. JSON.parse's messages differ
 * between engines and name no line; this runs only after a parse failed, to
 * point at the line and to tell the document scanner where to resync.
 * Iterative (explicit stack) so hostile nesting cannot overflow the call stack.
 */

export interface JsonErrorAt {
  /** Byte offset (relative to the range start) of the first offending byte; the range length when the text just ends early. */
  offset: number;
  message: string;
  /** True when the text is a valid prefix that ends early (truncated), false for a real syntax error. */
  truncated: boolean;
}

const enum S {
  Value,
  AfterValue,
  KeyOrEnd,
  Key,
  Colon,
  ValueOrEnd,
}

function isWs(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function show(c: number | undefined): string {
  if (c === undefined) return "the end";
  if (c >= 32 && c < 127) return `'${String.fromCharCode(c)}'`;
  return `byte 0x${c.toString(16).padStart(2, "0")}`;
}

/** Offset just past a string starting at `i` (the opening quote), or an error. */
function skipString(b: Uint8Array, i: number, end: number): number | JsonErrorAt {
  for (let j = i + 1; j < end; j++) {
    const c = b[j];
    if (c === 34) return j + 1;
    if (c === 92) {
      const e = b[j + 1];
      if (j + 1 >= end) break;
      if (e === 117) {
        for (let k = 2; k < 6; k++) {
          if (j + k >= end) return { offset: end, message: "the text ends inside a string", truncated: true };
          const h = b[j + k];
          if (!(isDigit(h) || (h >= 97 && h <= 102) || (h >= 65 && h <= 70))) return { offset: j + k, message: `bad \\u escape in a string (${show(h)})`, truncated: false };
        }
        j += 5;
      } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
        j++;
      } else {
        return { offset: j + 1, message: `bad escape \\${String.fromCharCode(e)} in a string`, truncated: false };
      }
    } else if (c < 32) {
      return { offset: j, message: c === 10 ? "line break inside a string (a missing closing quote?)" : `control character ${show(c)} inside a string`, truncated: false };
    }
  }
  return { offset: end, message: "the text ends inside a string", truncated: true };
}

/** Offset just past a number starting at `i`, or an error. */
function skipNumber(b: Uint8Array, i: number, end: number): number | JsonErrorAt {
  let j = i;
  if (b[j] === 45) j++;
  if (j >= end) return { offset: end, message: "the text ends inside a number", truncated: true };
  if (b[j] === 48) j++;
  else if (isDigit(b[j])) while (j < end && isDigit(b[j])) j++;
  else return { offset: j, message: `invalid number (${show(b[j])} after '-')`, truncated: false };
  if (j < end && b[j] === 46) {
    j++;
    if (j >= end) return { offset: end, message: "the text ends inside a number", truncated: true };
    if (!isDigit(b[j])) return { offset: j, message: "invalid number (no digit after '.')", truncated: false };
    while (j < end && isDigit(b[j])) j++;
  }
  if (j < end && (b[j] === 101 || b[j] === 69)) {
    j++;
    if (j < end && (b[j] === 43 || b[j] === 45)) j++;
    if (j >= end) return { offset: end, message: "the text ends inside a number", truncated: true };
    if (!isDigit(b[j])) return { offset: j, message: "invalid number (no digit in the exponent)", truncated: false };
    while (j < end && isDigit(b[j])) j++;
  }
  return j;
}

const LITERALS: Record<number, string> = { 116: "true", 102: "false", 110: "null" };

/** The first syntax error in bytes [start, end) read as one JSON value, or null when it is valid. */
export function findJsonError(b: Uint8Array, start = 0, end = b.length): JsonErrorAt | null {
  const stack: number[] = [];
  let state: S = S.Value;
  let i = start;
  const err = (offset: number, message: string): JsonErrorAt => ({ offset: offset - start, message, truncated: false });
  while (i < end) {
    const c = b[i];
    if (isWs(c)) {
      i++;
      continue;
    }
    switch (state) {
      case S.Value:
      case S.ValueOrEnd: {
        if (state === S.ValueOrEnd && c === 93) {
          stack.pop();
          state = S.AfterValue;
          i++;
          break;
        }
        if (c === 123 || c === 91) {
          stack.push(c);
          state = c === 123 ? S.KeyOrEnd : S.ValueOrEnd;
          i++;
          break;
        }
        let next: number | JsonErrorAt;
        if (c === 34) next = skipString(b, i, end);
        else if (c === 45 || isDigit(c)) next = skipNumber(b, i, end);
        else if (LITERALS[c]) {
          const word = LITERALS[c];
          let k = 0;
          while (k < word.length && i + k < end && b[i + k] === word.charCodeAt(k)) k++;
          if (k === word.length) next = i + k;
          else if (i + k >= end) next = { offset: end, message: `the text ends inside ${word}`, truncated: true };
          else next = { offset: i + k, message: `invalid literal (expected ${word})`, truncated: false };
        } else return err(i, `expected a value, found ${show(c)}`);
        if (typeof next !== "number") return { ...next, offset: next.offset - start };
        i = next;
        state = S.AfterValue;
        break;
      }
      case S.KeyOrEnd:
      case S.Key: {
        if (state === S.KeyOrEnd && c === 125) {
          stack.pop();
          state = S.AfterValue;
          i++;
          break;
        }
        if (c !== 34) return err(i, `expected a property name in double quotes, found ${show(c)}`);
        const next = skipString(b, i, end);
        if (typeof next !== "number") return { ...next, offset: next.offset - start };
        i = next;
        state = S.Colon;
        break;
      }
      case S.Colon:
        if (c !== 58) return err(i, `expected ':' after a property name, found ${show(c)}`);
        i++;
        state = S.Value;
        break;
      case S.AfterValue: {
        const top = stack[stack.length - 1];
        if (top === undefined) return err(i, `unexpected ${show(c)} after the end of the JSON value`);
        if (c === 44) {
          state = top === 123 ? S.Key : S.Value;
          i++;
        } else if ((c === 125 && top === 123) || (c === 93 && top === 91)) {
          stack.pop();
          i++;
        } else {
          return err(i, `expected ',' or '${top === 123 ? "}" : "]"}', found ${show(c)}`);
        }
        break;
      }
    }
  }
  if (state === S.AfterValue && stack.length === 0) return null;
  return { offset: end - start, message: stack.length > 0 ? `the text ends with ${stack.length} unclosed bracket${stack.length > 1 ? "s" : ""}` : "no JSON value", truncated: true };
}

/** 1-based line of byte `offset` in `b`, counting from `firstLine` at `start`. */
export function lineAt(b: Uint8Array, start: number, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let i = start; i < offset; i++) if (b[i] === 10) line++;
  return line;
}
