/**
 * Cuts a stream of JSON text into elements without parsing it whole: the
 * records of a `{"Records": [...]}` file, the elements of a top-level array,
 * or each top-level value of a file holding one or more JSON values. Only
 * brackets and strings are tracked; each element is parsed on its own.
 *
 * When brackets stop matching (a missing brace, a line break inside a
 * string) the element is broken: the exact spot is found with
 * `findJsonError`, reported, and scanning resumes there at the next `{`, so
 * the records after a damaged one are still read.
 */
import { findJsonError, lineAt } from "./json-error";
import { ByteWindow } from "./byte-window";
import { STRING_BREAKS, STRING_CONTINUES, StringEnd } from "./string-end";

export interface ScanSink {
  /**
   * A complete element: bytes at absolute `offset`, starting on `line`.
   * `container` is the key of the array holding it, "[" for a top-level
   * array, "" for a top-level value; `index` counts elements of that container.
   */
  element(bytes: Uint8Array, offset: number, line: number, index: number, container: string): void;
  /** A broken element (index ≥ 0) or stray bytes between elements (index -1). */
  error(message: string, line: number, index: number, container: string): void;
}

const LBRACE = 123;
const RBRACE = 125;
const LBRACK = 91;
const RBRACK = 93;
const QUOTE = 34;
const BSLASH = 92;
const NL = 10;
const COLON = 58;
const COMMA = 44;

const enum Top {
  Key,
  Colon,
  Value,
  InValue,
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Largest element buffered before it is refused (a record is a few KB; this guards memory). */
export const MAX_ELEMENT_BYTES = 64 * 1024 * 1024;

export class DocumentScanner {
  private readonly w: ByteWindow;
  private pos = 0;
  line = 1;
  private stack: number[] = [];
  private inString = false;
  private escaped = false;
  /** Depth at which elements start; -1 while skipping the rest of a container object. */
  private elemDepth = 0;
  private inElem = false;
  private scalar = false;
  private elemStart = 0;
  private elemLine = 1;
  /** Current container and the index of its next element. */
  container = "";
  index = 0;
  /** The first container entered, if any (detection wants it even when the container is empty). */
  firstContainer: string | undefined;
  private topIndex = 0;
  /** Probing a top-level object for a container key. */
  private probing = false;
  private top = Top.Key;
  private keyStart = -1;
  private key = "";
  private resync = false;
  private readonly strings = new StringEnd();
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly sink: ScanSink,
    private readonly containerKeys: ReadonlySet<string>,
    baseOffset = 0,
  ) {
    this.w = new ByteWindow(baseOffset);
  }

  /** Whether the scanner is inside an element (for a truncation report). */
  get inElement(): boolean {
    return this.inElem;
  }

  /** Feeds the next bytes of the text. */
  push(chunk: Uint8Array): void {
    const keep = this.inElem ? this.elemStart : this.keyStart >= 0 ? this.keyStart : this.pos;
    if (keep > 0) {
      this.w.drop(keep);
      this.pos -= keep;
      this.elemStart -= keep;
      if (this.keyStart >= 0) this.keyStart -= keep;
    }
    this.w.append(chunk);
    this.strings.reset();
    this.scan();
    if (this.inElem && this.w.len - this.elemStart > MAX_ELEMENT_BYTES) {
      this.sink.error(`a JSON value larger than ${MAX_ELEMENT_BYTES >> 20} MiB was skipped`, this.elemLine, this.elemIndex(), this.container);
      this.dropElement();
      this.resyncAt(this.w.len);
    }
  }

  /** The end of the text: flushes a last scalar and reports what was left open. */
  finish(): void {
    for (let guard = 0; guard < 1_000_000; guard++) {
      if (this.inElem && this.scalar && this.w.buf[this.elemStart] !== QUOTE) {
        this.emit(this.w.len);
        return;
      }
      if (!this.inElem) break;
      // An element open at the end: a real syntax error inside it (then resync and go on), or a cut-off file.
      const err = findJsonError(this.w.buf, this.elemStart, this.w.len);
      if (!err || err.truncated) {
        this.sink.error("the file ends inside this value (is it truncated?)", this.elemLine, this.elemIndex(), this.container);
        this.inElem = false;
        return;
      }
      this.broken(err.offset, err.message);
      this.scan();
    }
    if (this.stack.length > 0 && !this.resync) {
      this.sink.error(`the file ends with ${this.stack.length} unclosed bracket${this.stack.length > 1 ? "s" : ""} (is it truncated?)`, this.line, -1, this.container);
    }
  }

  private elemIndex(): number {
    return this.elemDepth === 0 ? this.topIndex : this.index;
  }

  private startElement(at: number, scalar: boolean): void {
    this.inElem = true;
    this.scalar = scalar;
    this.elemStart = at;
    this.elemLine = this.line;
  }

  private emit(end: number): void {
    const idx = this.elemIndex();
    this.inElem = false;
    this.scalar = false;
    this.probing = false;
    if (this.elemDepth === 0) this.topIndex++;
    else this.index++;
    this.sink.element(this.w.buf.subarray(this.elemStart, end), this.w.base + this.elemStart, this.elemLine, idx, this.container);
  }

  /** The open element is broken at `relOffset` from its start: report, then resume scanning there. */
  private broken(relOffset: number, message: string): void {
    const at = this.elemStart + relOffset;
    const line = lineAt(this.w.buf, this.elemStart, at, this.elemLine);
    this.sink.error(`malformed JSON: ${message}`, line, this.elemIndex(), this.container);
    this.dropElement();
    this.line = line;
    this.resyncAt(at);
  }

  /** The open element is given up: it still uses up its index. */
  private dropElement(): void {
    if (this.elemDepth === 0) this.topIndex++;
    else this.index++;
    this.inElem = false;
    this.scalar = false;
  }

  private resyncAt(at: number): void {
    this.pos = at;
    this.strings.reset();
    this.stack.length = Math.max(0, this.elemDepth);
    if (this.elemDepth <= 0) {
      this.probing = false;
      this.elemDepth = 0;
      this.container = "";
    }
    this.inString = false;
    this.escaped = false;
    this.keyStart = -1;
    this.resync = true;
  }

  /** A raw line break at `at` inside a string: the string (and its element) is broken. */
  private stringBreak(at: number): void {
    this.pos = at + 1;
    this.line++;
    if (!this.structural(at, "line break inside a string")) this.inString = false;
  }

  /** Brackets stopped matching at `pos`; true when an element broke (scanning resumes at the error). */
  private structural(pos: number, what: string): boolean {
    if (this.inElem) {
      const err = findJsonError(this.w.buf, this.elemStart, pos + 1);
      this.broken(err ? err.offset : pos - this.elemStart, err ? err.message : what);
      return true;
    }
    this.sink.error(`malformed JSON: ${what}`, this.line, -1, this.container);
    return false;
  }

  private enterContainer(key: string): void {
    this.firstContainer ??= key;
    this.inElem = false;
    this.probing = false;
    this.container = key;
    this.index = 0;
    this.elemDepth = this.stack.length + 1;
  }

  private scan(): void {
    const b = this.w.buf;
    const view = b.subarray(0, this.w.len);
    while (this.pos < this.w.len) {
      if (this.inString) {
        const q = this.strings.find(view, this.pos, this.escaped);
        this.escaped = false;
        if (q === STRING_CONTINUES) {
          this.escaped = this.strings.escapedAtEnd;
          this.pos = this.w.len;
          break;
        }
        if (q === STRING_BREAKS) {
          this.stringBreak(this.strings.breakAt);
          continue;
        }
        this.pos = q + 1;
        this.inString = false;
        if (this.keyStart >= 0) {
          this.key = this.decoder.decode(b.subarray(this.keyStart + 1, q));
          this.keyStart = -1;
          this.top = Top.Colon;
        } else if (this.inElem && this.scalar) this.emit(q + 1);
        continue;
      }
      const p = this.pos++;
      const c = b[p];
      if (c === NL) {
        if (this.scalar && this.inElem) this.emit(p);
        this.line++;
        continue;
      }
      if (isSpace(c)) {
        if (this.scalar && this.inElem) this.emit(p);
        continue;
      }
      if (this.resync) {
        if (c !== LBRACE && c !== LBRACK) continue;
        this.resync = false;
      }
      if (this.scalar && this.inElem && (c === COMMA || c === RBRACE || c === RBRACK)) this.emit(p);
      const depth = this.stack.length;
      switch (c) {
        case LBRACE:
        case LBRACK:
          if (this.probing && depth === 1) {
            if (this.top === Top.Value && c === LBRACK && this.containerKeys.has(this.key)) {
              this.enterContainer(this.key);
              this.stack.push(c);
              continue;
            }
            this.top = Top.InValue;
          }
          if (depth === this.elemDepth && !this.inElem) {
            if (depth === 0 && c === LBRACK) {
              this.firstContainer ??= "[";
              this.container = "[";
              this.index = 0;
              this.elemDepth = 1;
            } else {
              this.startElement(p, false);
              if (depth === 0) {
                this.probing = true;
                this.top = Top.Key;
              }
            }
          }
          this.stack.push(c);
          break;
        case RBRACE:
        case RBRACK: {
          const open = this.stack[depth - 1];
          if (depth === 0 || open !== (c === RBRACE ? LBRACE : LBRACK)) {
            this.structural(p, `unexpected '${String.fromCharCode(c)}'`);
            break;
          }
          this.stack.pop();
          if (this.inElem && depth - 1 === this.elemDepth) this.emit(p + 1);
          else if (depth === this.elemDepth) {
            // The container array closed: the rest of its object (if any) holds no elements.
            this.elemDepth = depth - 1 === 0 ? 0 : -1;
            if (this.elemDepth === 0) this.container = "";
          } else if (depth === 1 && this.elemDepth === -1) {
            this.elemDepth = 0;
            this.container = "";
          }
          if (this.probing && depth === 2) this.top = Top.InValue;
          break;
        }
        case QUOTE:
          this.inString = true;
          if (this.probing && depth === 1 && this.top === Top.Key) this.keyStart = p;
          else if (depth === this.elemDepth && !this.inElem) this.startElement(p, true);
          else if (this.probing && depth === 1 && this.top === Top.Value) this.top = Top.InValue;
          break;
        case COLON:
          if (this.probing && depth === 1 && this.top === Top.Colon) this.top = Top.Value;
          break;
        case COMMA:
          if (this.probing && depth === 1) this.top = Top.Key;
          break;
        default:
          if (depth === this.elemDepth && !this.inElem) this.startElement(p, true);
          else if (this.probing && depth === 1 && this.top === Top.Value) this.top = Top.InValue;
      }
    }
  }
}
