/**
 * The benchmark's input: the seed's demo scaled to N events, streamed as
 * JSON lines to a file in a fresh temp folder (never held in memory).
 */
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateJsonlChunks } from "../generate/jsonl";

/** A generated file and how to remove it. */
export interface DatasetFile {
  path: string;
  events: number;
  bytes: number;
  cleanup(): Promise<void>;
}

const LOG_EVERY_BYTES = 128 * 1024 * 1024;

/** Generates `events` demo events (the default seed and 14 days) as JSON lines into a temp file. */
export async function generateDatasetFile(events: number, log: (line: string) => void = () => {}): Promise<DatasetFile> {
  const dir = await mkdtemp(join(tmpdir(), "trailscope-bench-"));
  const path = join(dir, `demo-${events}.jsonl`);
  // A 1 GB file must not outlive an interrupted run: remove it on process exit too (the CLI turns Ctrl-C into an exit).
  const onExit = () => rmSync(dir, { recursive: true, force: true });
  process.once("exit", onExit);
  const cleanup = async () => {
    process.off("exit", onExit);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    log(`generating ${events} events to ${path}`);
    const t0 = performance.now();
    let bytes = 0;
    let nextLog = LOG_EVERY_BYTES;
    const fd = openSync(path, "w");
    try {
      for (const chunk of generateJsonlChunks({ events })) {
        let off = 0;
        while (off < chunk.byteLength) off += writeSync(fd, chunk, off, chunk.byteLength - off);
        bytes += chunk.byteLength;
        if (bytes >= nextLog) {
          log(`  ${(bytes / 1048576).toFixed(0)} MB written`);
          nextLog += LOG_EVERY_BYTES;
        }
      }
    } finally {
      closeSync(fd);
    }
    log(`generated ${(bytes / 1048576).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { path, events, bytes, cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
