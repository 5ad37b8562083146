/**
 * The streaming reader: peels layers found in the content (gzip, zip,
 * UTF-16), then reads each leaf into a RecordSink. Files are never read into
 * one string. Bad input becomes errors in file reports; only cancellation
 * (an AbortError) and exceptions thrown by the sink leave readSource.
 */
import { unwrapElement } from "./formats/registry";
import { gunzip, isGzip } from "./io/gzip";
import { LayerError, abortError, isAbort, peek, readAhead } from "./io/streams";
import { ZIP_LIMITS, forEachZipEntry, isZip, openZipEntry, type ZipLimits } from "./io/zip";
import { failLeaf, readLeaf, type LeafInput, type ReadContext } from "./leaf";
import type { ByteSource } from "./source";
import { decodeUtf8 } from "./text/utf8";
import type { Json, JsonObject, RecordSink } from "./types";

export { parseLines, type ParseLinesOptions } from "./text/lines";
export type { RecordEmitter } from "./text/pipeline";

export interface ReadOptions {
  signal?: AbortSignal;
  /** "Now" for the eventTime-in-the-future warning (epoch ms); defaults to Date.now(). */
  now?: number;
  /** Zip expansion limits (tests lower them). */
  zipLimits?: ZipLimits;
}

/** gzip inside zip inside gzip… stops here. */
const MAX_LAYERS = 4;

/** How far reading (and decompressing) may run ahead of parsing. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

function utf16ToUtf8(stream: ReadableStream<Uint8Array>, littleEndian: boolean): ReadableStream<Uint8Array> {
  return stream.pipeThrough(new TextDecoderStream(littleEndian ? "utf-16le" : "utf-16be") as ReadableWritablePair<string, Uint8Array>).pipeThrough(new TextEncoderStream());
}

async function readZip(input: LeafInput, ctx: ReadContext, limits: ZipLimits, depth: number): Promise<void> {
  let entries = 0;
  try {
    await forEachZipEntry(
      input.stream,
      (entry) => {
        entries++;
        const archiveOpen = input.open;
        return readLayers({ path: `${input.path}!/${entry.name}`, stream: entry.stream, open: () => openZipEntry(archiveOpen, entry.ordinal) }, ctx, limits, depth + 1);
      },
      { signal: ctx.signal, limits },
    );
  } catch (e) {
    if (!(e instanceof LayerError)) throw e;
    return failLeaf(input, ctx, e.message);
  }
  if (entries === 0) failLeaf(input, ctx, "the zip archive holds no files");
}

async function readLayers(input: LeafInput, ctx: ReadContext, limits: ZipLimits, depth: number): Promise<void> {
  let peeked: Awaited<ReturnType<typeof peek>>;
  try {
    peeked = await peek(input.stream, 4);
  } catch (e) {
    if (isAbort(e)) throw e;
    return failLeaf(input, ctx, e instanceof LayerError ? e.message : `read error: ${(e as Error).message}`);
  }
  const { head, stream } = peeked;
  const open = input.open;
  if (depth < MAX_LAYERS) {
    if (isGzip(head)) return readLayers({ path: input.path, stream: readAhead(gunzip(stream), READ_AHEAD_BYTES), open: () => gunzip(open()) }, ctx, limits, depth + 1);
    if (isZip(head)) return readZip({ ...input, stream }, ctx, limits, depth);
    const le = head[0] === 0xff && head[1] === 0xfe && !(head[2] === 0 && head[3] === 0);
    if (le || (head[0] === 0xfe && head[1] === 0xff)) {
      return readLeaf({ path: input.path, stream: utf16ToUtf8(stream, le), open: () => utf16ToUtf8(open(), le) }, ctx);
    }
  }
  return readLeaf({ ...input, stream }, ctx);
}

/**
 * Reads every record of a source into `sink`: one beginLeaf/endLeaf pair per
 * file or archive entry, one `record` call per valid record.
 */
export async function readSource(src: ByteSource, sink: RecordSink, opts: ReadOptions = {}): Promise<void> {
  if (opts.signal?.aborted) throw abortError();
  const ctx: ReadContext = { sink, signal: opts.signal, now: opts.now ?? Date.now() };
  const stream = readAhead(src.stream(), READ_AHEAD_BYTES, sink.progress?.bind(sink));
  const slice = src.slice?.bind(src);
  await readLayers({ path: src.path, stream, open: () => src.stream(), ...(slice ? { slice } : {}) }, ctx, opts.zipLimits ?? ZIP_LIMITS, 0);
}

/** The CloudTrail record stored at a RecordLocation's bytes, unwrapped from its envelope (lookup-events, EventBridge, shipper). */
export function extractRecord(format: string, bytes: Uint8Array): JsonObject {
  let value: Json;
  try {
    value = JSON.parse(decodeUtf8(bytes).text) as Json;
  } catch (e) {
    throw new Error(`the stored record is not valid JSON (${(e as Error).message}); did the file change since it was loaded?`);
  }
  const u = unwrapElement(format, value);
  if (u.kind === "record") return u.record;
  throw new Error(u.kind === "skip" ? u.reason : u.message);
}
