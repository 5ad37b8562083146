/**
 * Reads one leaf (a file or archive entry, already decompressed): checks it
 * is text, detects its format from the first bytes, then streams it through
 * the JSON-lines or document path into the sink and reports what happened.
 */
import { describeNonCloudTrail } from "./formats/describe";
import { CONTAINER_KEYS, detectFormat } from "./formats/registry";
import type { InputFormat } from "./formats/types";
import { LayerError, abortError, concatBytes, isAbort } from "./io/streams";
import { ReportBuilder } from "./report";
import { DocumentScanner } from "./text/document-scanner";
import { HEAD_BYTES, MAX_HEAD_BYTES, readHead } from "./text/head";
import { findJsonError, lineAt } from "./text/json-error";
import { LineFeeder } from "./text/line-feeder";
import { emitValue, problem, type RecordEmitter } from "./text/pipeline";
import { sniffText } from "./text/sniff";
import { INVALID_UTF8_WARNING, decodeUtf8 } from "./text/utf8";
import type { Json, RecordSink } from "./types";

/** One leaf to read: this pass's stream, and how to read it again later. */
export interface LeafInput {
  path: string;
  stream: ReadableStream<Uint8Array>;
  open: () => ReadableStream<Uint8Array>;
  slice?: (start: number, end: number) => Promise<Uint8Array>;
}

export interface ReadContext {
  sink: RecordSink;
  signal?: AbortSignal;
  now: number;
}

function readFailure(e: unknown): string {
  if (e instanceof LayerError) return e.message;
  return `read error: ${e instanceof Error ? e.message : String(e)}`;
}

/** Reports a leaf that could not be read at all. */
export function failLeaf(input: Omit<LeafInput, "stream">, ctx: ReadContext, message: string, bytes = 0): void {
  const report = new ReportBuilder(input.path, "unknown");
  ctx.sink.beginLeaf({ path: input.path, format: "unknown", open: input.open, ...(input.slice ? { slice: input.slice } : {}) });
  report.bytes = bytes;
  report.error({ message });
  ctx.sink.endLeaf(report.build());
}

/** Parses one document element and hands it on; malformed JSON is reported at its line. */
function documentSink(format: InputFormat, emit: RecordEmitter, now: number) {
  return {
    element(bytes: Uint8Array, offset: number, line: number, index: number, container: string) {
      const record = container === "" ? -1 : index;
      const { text, valid } = decodeUtf8(bytes);
      if (!valid) emit.warning(problem(line, record, INVALID_UTF8_WARNING));
      let value: Json;
      try {
        value = JSON.parse(text) as Json;
      } catch (e) {
        const at = findJsonError(bytes);
        const where = at ? lineAt(bytes, 0, at.offset, line) : line;
        emit.error(problem(where, record, `malformed JSON: ${at ? at.message : (e as Error).message}`));
        return;
      }
      emitValue(value, format, offset, bytes.length, line, record, now, emit);
    },
    error(message: string, line: number, index: number, container: string) {
      emit.error(problem(line, container === "" ? -1 : index, message));
    },
  };
}

/** Reads one decompressed leaf into the sink. Never throws for bad input; rethrows cancellation and sink errors. */
export async function readLeaf(input: LeafInput, ctx: ReadContext): Promise<void> {
  const reader = input.stream.getReader();
  const stop = async () => {
    await reader.cancel().catch(() => undefined);
  };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let eof = false;
  let failure: unknown;
  let sawNewline = false;
  try {
    // Detection wants the first line whole, so a long first record stretches the head (up to a cap).
    while (total < HEAD_BYTES || (!sawNewline && total < MAX_HEAD_BYTES)) {
      const r = await reader.read();
      if (r.done) {
        eof = true;
        break;
      }
      chunks.push(r.value);
      total += r.value.length;
      sawNewline ||= r.value.indexOf(10) >= 0;
    }
  } catch (e) {
    if (isAbort(e)) throw e;
    failure = e;
  }
  if (ctx.signal?.aborted) {
    await stop();
    throw abortError();
  }
  const head = concatBytes(chunks);
  const sniff = sniffText(head);
  if (sniff.kind !== "utf8") {
    await stop();
    const message =
      failure !== undefined ? readFailure(failure) : sniff.kind === "empty" ? "empty file" : sniff.kind === "binary" ? sniff.message : "UTF-16 text inside another layer is not supported";
    return failLeaf(input, ctx, message, total);
  }
  const bom = sniff.bom;
  const info = readHead(input.path, head.subarray(bom), eof || failure !== undefined);
  if (!info) {
    await stop();
    const blank = decodeUtf8(head.subarray(bom)).text.trim() === "";
    const message = failure !== undefined ? readFailure(failure) : blank ? "the file holds only whitespace" : `not a JSON file (it starts with ${JSON.stringify(decodeUtf8(head.subarray(bom, bom + 40)).text)})`;
    return failLeaf(input, ctx, message, total);
  }
  const detected = detectFormat(info);
  const sourceId = ctx.sink.beginLeaf({ path: input.path, format: detected.id, open: input.open, ...(input.slice ? { slice: input.slice } : {}) });
  const report = new ReportBuilder(input.path, detected.id);
  const format = detected.format;
  if (!format) {
    await stop();
    report.bytes = total;
    report.error(problem(1, -1, info.first !== undefined ? describeNonCloudTrail(info.first) : "not CloudTrail: a JSON file in no known CloudTrail layout"));
    ctx.sink.endLeaf(report.build());
    return;
  }
  const signal = ctx.signal;
  const emit: RecordEmitter = {
    event(ev, offset, length) {
      // Checked per record so a cancel lands mid-chunk, not after a 64 KiB head.
      if (signal?.aborted) throw abortError();
      if (ctx.sink.record(ev, { sourceId, offset, length })) report.events++;
      else report.duplicates++;
    },
    error: (e) => report.error(e),
    warning: (w) => report.warning(w),
    skip: () => report.skipped++,
  };

  try {
    const start: LeafStart = { reader, head: head.subarray(bom), bom, headBytes: total, eof, failure };
    await streamLeaf(start, info.framing === "lines", format, emit, ctx, report);
  } catch (e) {
    await stop();
    throw e;
  }
  ctx.sink.endLeaf(report.build());
}

/** Where reading stands after the head: the bytes read so far (BOM cut off) and whether the stream already ended or failed. */
interface LeafStart {
  reader: ReadableStreamDefaultReader<Uint8Array>;
  head: Uint8Array;
  bom: number;
  headBytes: number;
  eof: boolean;
  failure: unknown;
}

/** Feeds a leaf, from its head on, through the lines or document path. */
async function streamLeaf(start: LeafStart, byLines: boolean, format: InputFormat, emit: RecordEmitter, ctx: ReadContext, report: ReportBuilder): Promise<void> {
  const { reader, head, bom, headBytes, eof } = start;
  let failure = start.failure;
  const lines = byLines ? new LineFeeder(format.id, emit, ctx.now) : undefined;
  const doc = lines ? undefined : new DocumentScanner(documentSink(format, emit, ctx.now), CONTAINER_KEYS, bom);
  const feed = (bytes: Uint8Array, offset: number) => (lines ? lines.push(bytes, offset) : doc!.push(bytes));
  feed(head, bom);
  let offset = headBytes;
  while (!eof && failure === undefined) {
    let r: ReadableStreamReadResult<Uint8Array>;
    try {
      r = await reader.read();
    } catch (e) {
      if (isAbort(e)) throw e;
      failure = e;
      break;
    }
    if (ctx.signal?.aborted) throw abortError();
    if (r.done) break;
    feed(r.value, offset);
    offset += r.value.length;
  }
  report.bytes = offset;
  if (failure === undefined) {
    if (lines) lines.finish();
    else doc!.finish();
  } else if (lines) {
    lines.discard();
    report.error(problem(lines.line, -1, readFailure(failure)));
  } else {
    const inArray = doc!.container !== "" && doc!.inElement;
    report.error(problem(doc!.line, inArray ? doc!.index : -1, readFailure(failure)));
  }
}
