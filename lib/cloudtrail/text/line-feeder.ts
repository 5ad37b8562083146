/**
 * Feeds stream chunks to `parseLines` cut at newlines: whole lines in a chunk
 * are parsed in place, and only a line split across chunks is copied.
 */
import { parseLines } from "./lines";
import { problem, type RecordEmitter } from "./pipeline";

/** A line longer than this is skipped with an error instead of being buffered. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

export class LineFeeder {
  /** Number of the next line to be parsed. */
  line = 1;
  private carry = new Uint8Array(1 << 16);
  private carryLen = 0;
  private carryOffset = 0;
  private skipping = false;

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
      if (this.skipping) {
        this.skipping = false;
        this.line++;
      } else this.flushCarry();
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
    if (this.carryLen > 0 && !this.skipping) this.flushCarry();
  }

  /** Drops a partial last line (the stream failed mid-line). */
  discard(): void {
    this.carryLen = 0;
  }

  private flushCarry(): void {
    this.line = parseLines(this.carry.subarray(0, this.carryLen), this.carryOffset, this.line, this.format, this.emit, { now: this.now });
    this.carryLen = 0;
  }

  private append(bytes: Uint8Array): void {
    if (this.skipping) return;
    const need = this.carryLen + bytes.length;
    if (need > MAX_LINE_BYTES) {
      this.emit.error(problem(this.line, -1, `line longer than ${MAX_LINE_BYTES >> 20} MiB skipped`));
      this.skipping = true;
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
