/**
 * A small, fast, seeded PRNG (sfc32) with the helpers the generator needs.
 * Math.random is never used: every byte of output follows from the seed, so
 * the same seed and options always give byte-identical data.
 */

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** Hashes key parts into four 32-bit words (cyrb128), for deriving independent sub-streams. */
export function hashKey(...parts: (string | number)[]): [number, number, number, number] {
  const str = parts.join("\u0001");
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 generator plus sampling helpers. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    // Warm up so that similar seeds do not start with similar outputs.
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A generator whose stream is determined by the given key parts. */
  static fromKey(...parts: (string | number)[]): Rng {
    const [a, b, c, d] = hashKey(...parts);
    return new Rng(a, b, c, d);
  }

  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }

  /** Roughly normal (Irwin–Hall of 4 uniforms), mean 0 and standard deviation 1; avoids Math.log/cos so results are identical on every engine. */
  gaussian(): number {
    return (this.float() + this.float() + this.float() + this.float() - 2) * Math.sqrt(3);
  }

  /** Fisher–Yates shuffle in place; returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  /** n characters drawn from the alphabet (2 to 256 symbols); several characters come from each 32-bit draw. */
  chars(alphabet: string, n: number): string {
    const base = alphabet.length;
    const perWord = Math.max(1, Math.floor(32 / Math.log2(base)));
    let s = "";
    let word = 0;
    let left = 0;
    for (let i = 0; i < n; i++) {
      if (left === 0) {
        word = this.u32();
        left = perWord;
      }
      s += alphabet[word % base];
      word = Math.floor(word / base);
      left--;
    }
    return s;
  }

  /** A lowercase RFC 4122 version-4 UUID string. */
  uuid(): string {
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    const d = this.u32();
    return (
      HEX[a >>> 24] + HEX[(a >>> 16) & 255] + HEX[(a >>> 8) & 255] + HEX[a & 255] + "-" +
      HEX[b >>> 24] + HEX[(b >>> 16) & 255] + "-" +
      HEX[0x40 | ((b >>> 8) & 15)] + HEX[b & 255] + "-" +
      HEX[0x80 | ((c >>> 24) & 63)] + HEX[(c >>> 16) & 255] + "-" +
      HEX[(c >>> 8) & 255] + HEX[c & 255] + HEX[d >>> 24] + HEX[(d >>> 16) & 255] + HEX[(d >>> 8) & 255] + HEX[d & 255]
    );
  }
}

/** A fixed set of weighted choices, sampled in O(log n). */
export class WeightedTable<T> {
  private readonly items: T[];
  private readonly cumulative: Float64Array;
  /** Sum of all weights. */
  readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, w]) => w > 0);
    this.items = kept.map(([item]) => item);
    this.cumulative = new Float64Array(kept.length);
    let sum = 0;
    kept.forEach(([, w], i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  /** True when no entry has a positive weight. */
  get empty(): boolean {
    return this.items.length === 0;
  }

  /** One item, chosen with probability proportional to its weight. */
  pick(rng: Rng): T {
    if (this.items.length === 0) throw new RangeError("WeightedTable.pick on an empty table");
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
