/**
 * Generates the demo dataset inside the engine as a Blob of JSON lines, so
 * it is indexed by the same pipeline as an uploaded file and its records can
 * be read back for the detail view like any other file's.
 */
import { generateJsonl } from "../generate/jsonl";
import { resolveOptions } from "../generate/generate";
import type { GenerateOptions } from "../generate/options";

/** Chunks are folded into the Blob in batches: a Blob of Blobs does not copy, and the batch array stays small. */
const BATCH_BYTES = 64 << 20;

/** Runs the generator to a Blob; reports (events, bytes) as it goes. */
export async function generateDemoBlob(
  options: Partial<GenerateOptions>,
  opts: { signal?: AbortSignal; onProgress?: (events: number, bytes: number) => void } = {},
): Promise<{ blob: Blob; path: string }> {
  const resolved = resolveOptions(options);
  const parts: BlobPart[] = [];
  let batch: Uint8Array[] = [];
  let batchBytes = 0;
  const flush = () => {
    if (batch.length) parts.splice(0, parts.length, new Blob([...parts, ...(batch as BlobPart[])]));
    batch = [];
    batchBytes = 0;
  };
  for await (const chunk of generateJsonl(resolved, { signal: opts.signal, onProgress: (p) => opts.onProgress?.(p.events, p.bytes) })) {
    batch.push(chunk);
    batchBytes += chunk.byteLength;
    if (batchBytes >= BATCH_BYTES) flush();
  }
  flush();
  const blob = parts.length ? (parts[0] as Blob) : new Blob([]);
  const size = resolved.events > 0 ? `${resolved.events}-events` : `${resolved.days}-days`;
  return { blob, path: `faketshirtco-demo-seed${resolved.seed}-${size}.jsonl` };
}
