/**
 * A RecordSink for tests that keeps everything it is given and, like the
 * index, drops a record whose eventID it has already seen.
 */
import { readSource, type ReadOptions } from "../read";
import { bytesSource, type ByteSource } from "../source";
import type { FileReport, LeafSource, NormalizedEvent, RecordLocation } from "../types";

export interface Collected {
  leaves: LeafSource[];
  reports: FileReport[];
  events: { ev: NormalizedEvent; loc: RecordLocation }[];
  /** storedBytes values passed to progress(). */
  progress: number[];
}

/** Reads a source into a fresh collecting sink. */
export async function collect(src: ByteSource, opts: ReadOptions = {}): Promise<Collected> {
  const out: Collected = { leaves: [], reports: [], events: [], progress: [] };
  const seen = new Set<string>();
  await readSource(
    src,
    {
      beginLeaf: (leaf) => out.leaves.push(leaf) - 1,
      record(ev, loc) {
        if (ev.eventId !== "" && seen.has(ev.eventId)) return false;
        if (ev.eventId !== "") seen.add(ev.eventId);
        out.events.push({ ev, loc });
        return true;
      },
      endLeaf: (report) => out.reports.push(report),
      progress: (n) => out.progress.push(n),
    },
    opts,
  );
  return out;
}

/** Reads in-memory text or bytes as a file named `path`. */
export function collectBytes(path: string, data: string | Uint8Array, opts: ReadOptions = {}): Promise<Collected> {
  return collect(bytesSource(path, typeof data === "string" ? new TextEncoder().encode(data) : data), opts);
}

/** All bytes of a stream. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    chunks.push(r.value);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The bytes a location points at, read back through its leaf (open() re-streams the decompressed bytes). */
export async function bytesAt(leaf: LeafSource, loc: RecordLocation): Promise<Uint8Array> {
  const all = await readAll(leaf.open());
  return all.slice(loc.offset, loc.offset + loc.length);
}
