/**
 * Stable LSD radix sort of positions by Float64 keys, 11 bits per pass, the
 * keys travelling with the positions so every pass reads sequentially.
 * Integer keys spanning less than 2^32 (e.g. epoch-ms times within 49 days)
 * need one 32-bit word; other numbers become 64 order-preserving bits (sign
 * flipped for positives, all bits flipped for negatives). Passes where every
 * key shares the digit are skipped.
 */

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = 1 - HI;
const ALL_ONES = 0xffffffff;
// 11-bit digits: 2,048 buckets keep the scatter's write positions in cache (16-bit digits thrash it).
const BITS = 11;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;

/** Positions 0..m-1 ordered by `keys` ascending (descending with `desc`), NaN last, ties in position order. */
export function radixSortByFloat(keys: Float64Array, desc: boolean): Uint32Array {
  const m = keys.length;
  const lo: Uint32Array = new Uint32Array(m);
  let hi: Uint32Array | null = null;
  if (!narrowKeys(keys, desc, lo)) fullKeys(keys, desc, (hi = new Uint32Array(m)), lo);
  let perm: Uint32Array = new Uint32Array(m);
  for (let i = 0; i < m; i++) perm[i] = i;
  let permSpare: Uint32Array = new Uint32Array(m);
  let a: Uint32Array = lo;
  let aSpare: Uint32Array = new Uint32Array(m);
  let b: Uint32Array | null = hi;
  let bSpare: Uint32Array | null = hi ? new Uint32Array(m) : null;
  const count = new Uint32Array(RADIX + 1);
  const passes = hi ? 6 : 3;
  for (let pass = 0; pass < passes; pass++) {
    const onLo = pass < 3;
    const src = onLo ? a : (b as Uint32Array);
    const shift = (pass % 3) * BITS;
    count.fill(0);
    for (let i = 0; i < m; i++) count[((src[i] >>> shift) & MASK) + 1]++;
    if (count[((src[0] >>> shift) & MASK) + 1] === m) continue;
    for (let d = 0; d < RADIX; d++) count[d + 1] += count[d];
    if (onLo && b && bSpare) {
      // Both words still matter: carry both.
      for (let i = 0; i < m; i++) {
        const at = count[(a[i] >>> shift) & MASK]++;
        permSpare[at] = perm[i];
        aSpare[at] = a[i];
        bSpare[at] = b[i];
      }
      [b, bSpare] = [bSpare, b];
      [a, aSpare] = [aSpare, a];
    } else {
      const dst = onLo ? aSpare : (bSpare as Uint32Array);
      for (let i = 0; i < m; i++) {
        const at = count[(src[i] >>> shift) & MASK]++;
        permSpare[at] = perm[i];
        dst[at] = src[i];
      }
      if (onLo) [a, aSpare] = [aSpare, a];
      else [b, bSpare] = [bSpare, b];
    }
    [perm, permSpare] = [permSpare, perm];
  }
  return perm;
}

/** One word per key, (key - min) or its complement, when every key is an integer and the span fits 32 bits; NaN → all ones. */
function narrowKeys(keys: Float64Array, desc: boolean, out: Uint32Array): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < keys.length; i++) {
    const x = keys[i];
    if (x !== x) continue;
    if (!Number.isInteger(x)) return false;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  // The top value is kept for NaN, so the span must stay below it.
  if (!(max - min < ALL_ONES) && min <= max) return false;
  for (let i = 0; i < keys.length; i++) {
    const x = keys[i];
    out[i] = x !== x ? ALL_ONES : desc ? max - x : x - min;
  }
  return true;
}

function fullKeys(keys: Float64Array, desc: boolean, hi: Uint32Array, lo: Uint32Array): void {
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  for (let i = 0; i < keys.length; i++) {
    const x = keys[i];
    if (x !== x) {
      hi[i] = lo[i] = ALL_ONES;
      continue;
    }
    f[0] = x === 0 ? 0 : x; // -0 and 0 tie
    let h = u[HI];
    let l = u[LO];
    if (h & 0x80000000) (h = ~h >>> 0), (l = ~l >>> 0);
    else h = (h | 0x80000000) >>> 0;
    // NaN's all-ones key stays unreachable for numbers in either direction.
    if (desc) (h = ~h >>> 0), (l = ~l >>> 0);
    hi[i] = h;
    lo[i] = l;
  }
}
