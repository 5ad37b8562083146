/**
 * Test support: the generated demo and the Stratus Red Team folder loaded the
 * way the app loads data (Dataset + raw record reader), cached per test file.
 */
import { openAsBlob } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { blobSource } from "../../cloudtrail/source";
import { createRuleContext } from "../../detect/context";
import type { Finding } from "../../detect/finding";
import { recordReader } from "../../detect/record-reader";
import { runDetections } from "../../detect/run";
import { generateJsonlChunks } from "../../generate/jsonl";
import type { GenerateOptions } from "../../generate/options";
import { contextOf } from "../../search/testing/fixture";
import { createRecordReader } from "../../search/record-reader";
import type { RunContext } from "../../search/run-context";
import { Dataset } from "../../worker/dataset";

export type Loaded = RunContext & { dataset: Dataset };

/** The Stratus Red Team detonation logs (shared third-party data beside the repository). */
export const STRATUS_DIR = path.resolve(__dirname, "../../../../shared/data/stratus-red-team/detonation-logs");

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const demos = new Map<string, Promise<Loaded>>();

/** The generated demo for `options`, ingested once per test file. */
export function demo(options: Partial<GenerateOptions> = {}): Promise<Loaded> {
  const key = JSON.stringify(options);
  let p = demos.get(key);
  if (!p) demos.set(key, (p = contextOf(concat([...generateJsonlChunks(options)]), "output/cloud/aws_cloudtrail.log")));
  return p;
}

/** Every file of the Stratus folder, loaded into one dataset. */
export async function stratus(): Promise<Loaded> {
  const files = (await readdir(STRATUS_DIR)).filter((f) => f.endsWith(".json")).sort();
  const dataset = new Dataset();
  await dataset.ingest(await Promise.all(files.map(async (f) => blobSource(f, await openAsBlob(path.join(STRATUS_DIR, f))))));
  return { dataset, table: dataset.table, ...createRecordReader(dataset.table, (id) => dataset.leaf(id)) };
}

/** Runs every detection rule over a loaded dataset. */
export function findingsOf(loaded: Loaded): Promise<Finding[]> {
  const reader = recordReader(loaded.table, (id) => loaded.dataset.leaf(id));
  return runDetections(createRuleContext({ table: loaded.table, ...reader }));
}
