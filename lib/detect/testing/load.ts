/**
 * Loads data the way the app does (sources → Dataset → EventTable, raw
 * records read back from the sources) and runs detections on it. Test
 * support only.
 */
import { bytesSource, type ByteSource } from "../../cloudtrail/source";
import { generateJsonlChunks } from "../../generate/jsonl";
import type { GenerateOptions } from "../../generate/options";
import { Dataset } from "../../worker/dataset";
import { createRuleContext } from "../context";
import type { Finding } from "../finding";
import { recordReader } from "../record-reader";
import type { RuleContext } from "../rule";
import { runDetections } from "../run";

export interface Loaded {
  data: Dataset;
  ctx: RuleContext;
}

/** Ingests sources into a fresh Dataset and builds a RuleContext over it. */
export async function load(sources: ByteSource[]): Promise<Loaded> {
  const data = new Dataset();
  await data.ingest(sources);
  const reader = recordReader(data.table, (id) => data.leaf(id));
  return { data, ctx: createRuleContext({ table: data.table, ...reader }) };
}

/** The generated demo as one JSON-lines source. */
export function demoSource(options: Partial<GenerateOptions> = {}): ByteSource {
  const chunks = [...generateJsonlChunks(options)];
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytesSource("output/cloud/aws_cloudtrail.log", bytes);
}

/** Loads sources and runs every rule. */
export async function detect(sources: ByteSource[]): Promise<Loaded & { findings: Finding[] }> {
  const loaded = await load(sources);
  return { ...loaded, findings: await runDetections(loaded.ctx) };
}
