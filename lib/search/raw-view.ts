/**
 * One raw record as a search sees it: its stored bytes (or, when the run
 * context can only parse records, the record itself). Free text is matched
 * on the record's text, lower-cased, with `*` as "anything in between", so
 * a text search never parses JSON; fields parse the record once, on first
 * use. Records read together from one slice of a file share that slice's
 * text: each piece of a pattern is searched once per slice (native string
 * search) and a record only looks up whether an occurrence falls inside it.
 */
import { extractRecord } from "../cloudtrail/read";
import { jsonText } from "../cloudtrail/json-text";
import type { JsonObject } from "../cloudtrail/types";

/** A free-text term prepared for matching: its lower-cased pieces between `*`. */
export interface TextPattern {
  parts: string[];
}

export interface RawView {
  record(): JsonObject;
  /** The record's raw text (as stored; the JSON of the record when only the record is known). */
  text(): string;
  /** Whether the record's raw text contains the pattern (case-insensitive). */
  matches(p: TextPattern): boolean;
  /** False only when the record certainly has no key of this name (so it need not be parsed to look for it). */
  mayHaveKey(key: string): boolean;
}

/** Prepares a free-text term. */
export function textPattern(term: string): TextPattern {
  return { parts: term.toLowerCase().split("*").filter((p) => p !== "") };
}

/** Whether the pattern's pieces occur in order in a lower-cased text. */
export function textMatch(lower: string, p: TextPattern): boolean {
  let from = 0;
  for (const part of p.parts) {
    const at = lower.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

const decoder = new TextDecoder();

/** The lower-cased text of a slice of a file, with the occurrences of each piece searched once. */
export class SliceText {
  private text: string | null = null;
  private ascii = false;
  private readonly found = new Map<string, Int32Array>();

  constructor(private readonly bytes: Uint8Array) {}

  /** Whether byte offsets are text offsets (the slice is ASCII), decoding on first use. */
  usable(): boolean {
    if (this.text === null) {
      this.text = decoder.decode(this.bytes).toLowerCase();
      this.ascii = this.text.length === this.bytes.length;
    }
    return this.ascii;
  }

  /** First occurrence of `part` at or after `from`, or -1. */
  find(part: string, from: number): number {
    let occ = this.found.get(part);
    if (!occ) {
      const at: number[] = [];
      const text = this.text as string;
      for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) at.push(i);
      this.found.set(part, (occ = Int32Array.from(at)));
    }
    let lo = 0;
    let hi = occ.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (occ[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < occ.length ? occ[lo] : -1;
  }
}

const ESCAPE = textPattern("\\u");
const keyPatterns = new Map<string, TextPattern | null>();

/**
 * The pattern `key"` (the end of the key as JSON writes it; without the opening quote so a key that
 * itself contains dots, `"a.key"`, still matches), or null when the key cannot be looked for as text.
 */
function keyPattern(key: string): TextPattern | null {
  let p = keyPatterns.get(key);
  if (p === undefined) {
    if (keyPatterns.size > 256) keyPatterns.clear();
    const plain = key !== "" && !key.includes("*") && JSON.stringify(key) === `"${key}"`;
    keyPatterns.set(key, (p = plain ? textPattern(`${key}"`) : null));
  }
  return p;
}

/** The last key of a field path (`resources{}.ARN` → `ARN`), which a record having the field must contain. */
export function lastKey(path: string): string {
  return (path.split(".").pop() as string).replace(/\{\}$/, "");
}

/** A record's stored bytes in a source of the given format; `slice` is the text of the slice holding them at `offset`. */
class BytesView implements RawView {
  private parsed: JsonObject | null = null;
  private lower: string | null = null;
  private escapes: boolean | null = null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly format: string,
    private readonly slice: SliceText | undefined,
    private readonly offset: number,
  ) {}

  record(): JsonObject {
    return (this.parsed ??= extractRecord(this.format, this.bytes));
  }

  text(): string {
    return decoder.decode(this.bytes);
  }

  matches(p: TextPattern): boolean {
    const slice = this.slice;
    if (slice?.usable()) {
      let from = this.offset;
      const end = this.offset + this.bytes.length;
      for (const part of p.parts) {
        const at = slice.find(part, from);
        if (at < 0 || at + part.length > end) return false;
        from = at + part.length;
      }
      return true;
    }
    return textMatch((this.lower ??= decoder.decode(this.bytes).toLowerCase()), p);
  }

  // A key written with \u escapes would not show as text: such records are always parsed.
  mayHaveKey(key: string): boolean {
    const p = keyPattern(key);
    return p === null || this.matches(p) || (this.escapes ??= this.matches(ESCAPE));
  }
}

/** A view over a record's stored bytes in a source of the given format; `slice` is the text of the slice holding them at `offset`. */
export function bytesView(bytes: Uint8Array, format: string, slice?: SliceText, offset = 0): RawView {
  return new BytesView(bytes, format, slice, offset);
}

/** A view over a parsed record (its raw text is taken to be its JSON). */
export function recordView(record: JsonObject): RawView {
  let lower: string | null = null;
  return {
    record: () => record,
    text: () => jsonText(record),
    matches: (p) => textMatch((lower ??= jsonText(record).toLowerCase()), p),
    mayHaveKey: () => true,
  };
}
