/**
 * Feeds stream chunks to `parseLines` cut at newlines: whole lines in a chunk
 * are parsed in place, and only a line split across chunks is copied.
 */
import { parseLines } from "./lines";
import { problem, type RecordEmitter } from "./pipeline";

/**
 * A line longer than this is skipped with an error instead of being buffered.
 * A CloudTrail record is at most a few hundred KB; the cap only bounds memory
 * (a hostile 500 MB line must not become a 500 MB string and a JSON.parse).
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** The error for a line over MAX_LINE_BYTES, with its whole size. */
export function longLineMessage(bytes: number): string {
  return `this line is ${(bytes / (1 << 20)).toFixed(1)} MiB, over the ${MAX_LINE_BYTES >> 20} MiB limit for one record: skipped`;
}

export class LineFeeder {
  /** Number of the next line to be parsed. */
  line = 1;
  private carry = new Uint8Array(1 << 16);
  private carryLen = 0;
  private carryOffset = 0;
  private skipping = false;
  /** Bytes of the line being skipped, reported when it ends. */
  private skippedBytes = 0;

  constructor(
    private readonly format: string,
    private readonly emit: RecordEmitter,
    private readonly now: number,
  ) {}

  /** Feeds `chunk`, whose first byte lies at `offset` in the leaf. */
  push(chunk: Uint8Array, offset: number): void {
    let from = 0;
    if (this.carryLen > 0 || this.skipping) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        this.append(chunk);
        return;
      }
      this.append(chunk.subarray(0, nl + 1));
      if (this.skipping) this.endSkip(true);
      else this.flushCarry();
      from = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= from) {
      this.line = parseLines(chunk.subarray(from, last + 1), offset + from, this.line, this.format, this.emit, { now: this.now });
      from = last + 1;
    }
    if (from < chunk.length) {
      this.carryOffset = offset + from;
      this.append(chunk.subarray(from));
    }
  }

  /** The end of the text: parses a last line without a newline. */
  finish(): void {
    if (this.skipping) this.endSkip(false);
    else if (this.carryLen > 0) this.flushCarry();
  }

  /** Drops a partial last line (the stream failed mid-line). */
  discard(): void {
    this.carryLen = 0;
    this.skipping = false;
    this.skippedBytes = 0;
  }

  private flushCarry(): void {
    this.line = parseLines(this.carry.subarray(0, this.carryLen), this.carryOffset, this.line, this.format, this.emit, { now: this.now });
    this.carryLen = 0;
  }

  /** The skipped line ended (at a newline, counted in skippedBytes, or at the end of the text): one error with its size. */
  private endSkip(newline: boolean): void {
    this.emit.error(problem(this.line, -1, longLineMessage(this.skippedBytes - (newline ? 1 : 0))));
    this.skipping = false;
    this.skippedBytes = 0;
    this.line++;
  }

  private append(bytes: Uint8Array): void {
    if (this.skipping) {
      this.skippedBytes += bytes.length;
      return;
    }
    const need = this.carryLen + bytes.length;
    if (need > MAX_LINE_BYTES) {
      // Count, don't keep: the rest of the line is only measured for the message.
      this.skipping = true;
      this.skippedBytes = need;
      this.carryLen = 0;
      return;
    }
    if (need > this.carry.length) {
      let cap = this.carry.length;
      while (cap < need) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.carry.subarray(0, this.carryLen));
      this.carry = next;
    }
    this.carry.set(bytes, this.carryLen);
    this.carryLen = need;
  }
}
