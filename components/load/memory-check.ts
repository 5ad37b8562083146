/**
 * Before a load: will it fit in this tab? Sizes come from lib/worker/input-size.ts (a few bytes
 * of each file, never its contents), the tab's limit from what the browser reports.
 */
import { GZIP_RATIO, expandedSize } from "../../lib/worker/input-size";
import { AVERAGE_RECORD_BYTES, estimateIngest, likelyHeapLimit, memoryWarning, type MemoryWarning } from "../../lib/worker/memory-estimate";
import type { InputFile } from "../../lib/worker/protocol";

/** Upper bound on expansion used to skip probing loads that are small whatever they hold. */
const MAX_RATIO = GZIP_RATIO * 2;

function browserLimit() {
  const perf = performance as Performance & { memory?: { jsHeapSizeLimit?: number } };
  const nav = navigator as Navigator & { deviceMemory?: number };
  return likelyHeapLimit({ jsHeapSizeLimit: perf.memory?.jsHeapSizeLimit, deviceMemoryGb: nav.deviceMemory });
}

/** A warning to confirm before loading `files` on top of an index of `indexBytes`, or null to go ahead. */
export async function checkMemory(files: InputFile[], indexBytes: number): Promise<MemoryWarning | null> {
  const limit = browserLimit();
  const upper = files.reduce((n, f) => n + f.file.size * MAX_RATIO, 0);
  if (memoryWarning(estimateIngest([upper], indexBytes), limit) === null) return null;
  const sizes = await Promise.all(files.map((f) => expandedSize(f.file).catch(() => f.file.size)));
  return memoryWarning(estimateIngest(sizes, indexBytes), limit);
}

/** The same check for generating `events` demo events (they are indexed like a file of typical records). */
export function checkGenerateMemory(events: number, indexBytes: number): MemoryWarning | null {
  return memoryWarning(estimateIngest([events * AVERAGE_RECORD_BYTES], indexBytes), browserLimit());
}
