/**
 * Reads the bytes of one record back from its leaf on demand, so the index
 * never keeps raw records in memory.
 */
import type { LeafSource } from "./types";

/** Bytes [offset, offset+length) of a leaf: a slice when stored plain, else a re-stream up to the range. */
export async function readRange(leaf: LeafSource, offset: number, length: number): Promise<Uint8Array> {
  if (leaf.slice) return leaf.slice(offset, offset + length);
  const out = new Uint8Array(length);
  let pos = 0; // position in the decompressed stream of the chunk start
  let filled = 0;
  const reader = leaf.open().getReader();
  try {
    while (filled < length) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunkEnd = pos + value.byteLength;
      if (chunkEnd > offset) {
        const from = Math.max(0, offset + filled - pos);
        const take = Math.min(value.byteLength - from, length - filled);
        out.set(value.subarray(from, from + take), filled);
        filled += take;
      }
      pos = chunkEnd;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  if (filled < length) throw new Error(`${leaf.path}: the file changed or is shorter than when it was loaded (record at byte ${offset})`);
  return out;
}
