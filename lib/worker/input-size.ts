/**
 * The decompressed size of an input, read from a few bytes of it rather than by decompressing:
 * the gzip ISIZE trailer, a zip's central directory. Cheap enough to run before a load starts.
 */

/** gz inside a zip, or a gzip whose trailer cannot be trusted, is assumed to expand this much. */
export const GZIP_RATIO = 12;
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
/** The EOCD record sits within the last 22 + 65,535 (comment) bytes. */
const EOCD_SEARCH = 22 + 0xffff;

async function bytesOf(blob: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await blob.slice(start, end).arrayBuffer());
}

async function gzipSize(blob: Blob): Promise<number> {
  if (blob.size < 18) return blob.size;
  const isize = (await bytesOf(blob, blob.size - 4, blob.size)).getUint32(0, true);
  // ISIZE is the size modulo 4 GiB: a value below the compressed size means it wrapped.
  return isize >= blob.size ? isize : blob.size * GZIP_RATIO;
}

async function zipSize(blob: Blob): Promise<number> {
  const tailStart = Math.max(0, blob.size - EOCD_SEARCH);
  const tail = await bytesOf(blob, tailStart, blob.size);
  let eocd = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return blob.size * GZIP_RATIO;
  const dirSize = tail.getUint32(eocd + 12, true);
  const dirOffset = tail.getUint32(eocd + 16, true);
  if (dirOffset === 0xffffffff || dirOffset + dirSize > blob.size) return blob.size * GZIP_RATIO;
  const dir = await bytesOf(blob, dirOffset, dirOffset + dirSize);
  const decoder = new TextDecoder();
  let total = 0;
  for (let at = 0; at + 46 <= dir.byteLength && dir.getUint32(at, true) === CENTRAL_SIGNATURE; ) {
    const compressed = dir.getUint32(at + 20, true);
    const size = dir.getUint32(at + 24, true);
    const nameLen = dir.getUint16(at + 28, true);
    const name = decoder.decode(new Uint8Array(dir.buffer, dir.byteOffset + at + 46, Math.min(nameLen, dir.byteLength - at - 46)));
    const entry = size === 0xffffffff ? compressed * GZIP_RATIO : size;
    total += /\.gz$/i.test(name) ? entry * GZIP_RATIO : entry;
    at += 46 + nameLen + dir.getUint16(at + 30, true) + dir.getUint16(at + 32, true);
  }
  return total;
}

/** The bytes an input will expand to: by content, gzip and zip are looked into; anything else is its size. */
export async function expandedSize(blob: Blob): Promise<number> {
  if (blob.size < 4) return blob.size;
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  if (head[0] === 0x1f && head[1] === 0x8b) return gzipSize(blob);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) return zipSize(blob);
  return blob.size;
}
