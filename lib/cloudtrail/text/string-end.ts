/**
 * Finds where a JSON string ends in a byte buffer, for the document scanner.
 * CloudTrail text is mostly strings, so this is the scanner's hot loop: short
 * strings are walked byte by byte, long ones jump with indexOf, and the next
 * backslash / line break positions are cached so a buffer with none is not
 * searched again for every string.
 */

const QUOTE = 34;
const BSLASH = 92;
const NL = 10;

/** `find` result: the buffer ends before the string does (more bytes needed). */
export const STRING_CONTINUES = -1;
/** `find` result: a raw line break comes first, at `breakAt` (invalid JSON). */
export const STRING_BREAKS = -2;

/** How far a plain loop looks before switching to indexOf. */
const NEAR = 32;

export class StringEnd {
  private nextBs = -1;
  private nextNl = -1;
  /** Where the line break is, after STRING_BREAKS. */
  breakAt = 0;
  /** After STRING_CONTINUES: the buffer ended right after a backslash, so the next byte is escaped. */
  escapedAtEnd = false;

  /** Forgets cached positions (the buffer changed or the scan point moved back). */
  reset(): void {
    this.nextBs = -1;
    this.nextNl = -1;
  }

  /**
   * Index of the closing quote of a string whose body continues at `from` in
   * `view` (`escaped`: the byte at `from` follows a backslash), or
   * STRING_CONTINUES / STRING_BREAKS.
   */
  find(view: Uint8Array, from: number, escaped = false): number {
    const len = view.length;
    this.escapedAtEnd = false;
    if (escaped) {
      if (from >= len) {
        this.escapedAtEnd = true;
        return STRING_CONTINUES;
      }
      if (view[from] === NL) {
        this.breakAt = from;
        return STRING_BREAKS;
      }
      from++;
    }
    const near = Math.min(len, from + NEAR);
    for (let k = from; k < near; k++) {
      const c = view[k];
      if (c === QUOTE) return k;
      if (c === BSLASH || c === NL) break;
    }
    let i = from;
    for (;;) {
      if (this.nextBs < i) {
        const k = view.indexOf(BSLASH, i);
        this.nextBs = k < 0 ? len : k;
      }
      if (this.nextNl < i) {
        const k = view.indexOf(NL, i);
        this.nextNl = k < 0 ? len : k;
      }
      let q = view.indexOf(QUOTE, i);
      if (q < 0) q = len;
      if (this.nextNl < q && this.nextNl <= this.nextBs) {
        this.breakAt = this.nextNl;
        return STRING_BREAKS;
      }
      if (this.nextBs < q) {
        const escaped = this.nextBs + 1;
        if (escaped >= len) {
          this.escapedAtEnd = true;
          return STRING_CONTINUES;
        }
        if (view[escaped] === NL) {
          this.breakAt = escaped;
          return STRING_BREAKS;
        }
        i = escaped + 1;
        continue;
      }
      return q < len ? q : STRING_CONTINUES;
    }
  }
}
