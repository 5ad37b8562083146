/**
 * The floor under any ingest of a JSON-lines file built on JSON.parse: reading it,
 * decoding it to text, cutting it into lines and JSON.parse of each line, on
 * one thread, with nothing kept, no normalisation and no index. The
 * benchmark sets its CPU time beside the CPU time of DuckDB's load, so the
 * question "could an ingest built on JSON.parse match this load?" has a measured answer: not
 * when this floor alone costs more CPU than the whole load.
 */
import { open } from "node:fs/promises";
import { decodeLenient } from "../cloudtrail/text/utf8";
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

/**
 * One buffer, read into again and again: a floor leaves out what an ingest could avoid. (Our parallel ingest
 * allocates each range afresh, since it hands the range to a parse thread; in Node that costs about 2.5 s more
 * CPU per 1.3 GB than this.)
 */
const CHUNK = 32 << 20;

/** Lines read (those that do not parse count too: a parse error costs what a parse costs). */
async function pass(path: string, parse: boolean): Promise<{ lines: number; cpuMs: number; wallMs: number }> {
  const fh = await open(path);
  const buf = new Uint8Array(CHUNK);
  let lines = 0;
  let pos = 0;
  let have = 0;
  const cpu0 = processCpuMs();
  const wall0 = performance.now();
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, have, buf.length - have, pos);
      pos += bytesRead;
      const end = have + bytesRead;
      if (end === 0) break;
      // Whole lines only; the tail waits for the next read (the last read takes everything).
      let cut = bytesRead ? buf.lastIndexOf(10, end - 1) + 1 : end;
      if (cut === 0) cut = end; // one line longer than a chunk: taken as it is, the floor stays a floor
      const text = decodeLenient(buf.subarray(0, cut));
      let start = 0;
      while (start < text.length) {
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
      buf.copyWithin(0, cut, end);
      have = end - cut;
      if (!bytesRead) break;
    }
  } finally {
    await fh.close();
  }
  return { lines, cpuMs: processCpuMs() - cpu0, wallMs: performance.now() - wall0 };
}

/** Measures the floor on `path` (two passes over the file). */
export async function measureParseFloor(path: string): Promise<ParseFloor> {
  const decode = await pass(path, false);
  const parse = await pass(path, true);
  return { lines: parse.lines, readDecodeCpuMs: round(decode.cpuMs), readDecodeParseCpuMs: round(parse.cpuMs), readDecodeParseWallMs: round(parse.wallMs) };
}
