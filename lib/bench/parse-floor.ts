/**
 * The floor under any ingest of a JSON-lines file built on JSON.parse: reading it,
 * decoding it to text, cutting it into lines and JSON.parse of each line, on
 * one thread, with nothing kept, no normalisation and no index. The
 * benchmark sets its CPU time beside the CPU time of DuckDB's load, so the
 * question "could an ingest built on JSON.parse match this load?" has a measured answer: not
 * when this floor alone costs more CPU than the whole load.
 */
import { nodeFileSource } from "../cli/fs-source";
import { decodeLenient } from "../cloudtrail/text/utf8";
import { nextRange } from "../worker/parallel-ingest";
import { processCpuMs, round } from "./timing";

/** CPU and wall time of the floor's two stages, in ms. */
export interface ParseFloor {
  lines: number;
  /** Read, decode and split only. */
  readDecodeCpuMs: number;
  /** Read, decode, split and JSON.parse of every line. */
  readDecodeParseCpuMs: number;
  readDecodeParseWallMs: number;
}

/** The largest range our parallel ingest reads at once. */
const RANGE_BYTES = 32 << 20;

/**
 * One pass over the file, read in ranges cut at newlines as our parallel ingest reads it. Lines that do not
 * parse count too (a parse error costs what a parse costs); a line too long to parse counts, unread.
 */
async function pass(path: string, parse: boolean): Promise<{ lines: number; cpuMs: number; wallMs: number }> {
  const src = nodeFileSource(path);
  let lines = 0;
  const cpu0 = processCpuMs();
  const wall0 = performance.now();
  for (let pos = 0; pos < src.size; ) {
    const range = await nextRange(src, pos, RANGE_BYTES);
    if (!("bytes" in range)) {
      lines++;
      pos = range.end;
      continue;
    }
    pos += range.bytes.length;
    const text = decodeLenient(range.bytes);
    for (let start = 0; start < text.length; ) {
      let nl = text.indexOf("\n", start);
      if (nl < 0) nl = text.length;
      const stop = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (stop > start) {
        lines++;
        if (parse) {
          try {
            JSON.parse(text.slice(start, stop));
          } catch {
            // counted, not kept
          }
        }
      }
      start = nl + 1;
    }
  }
  return { lines, cpuMs: processCpuMs() - cpu0, wallMs: performance.now() - wall0 };
}

/** Measures the floor on `path` (two passes over the file). */
export async function measureParseFloor(path: string): Promise<ParseFloor> {
  const decode = await pass(path, false);
  const parse = await pass(path, true);
  return { lines: parse.lines, readDecodeCpuMs: round(decode.cpuMs), readDecodeParseCpuMs: round(parse.cpuMs), readDecodeParseWallMs: round(parse.wallMs) };
}
