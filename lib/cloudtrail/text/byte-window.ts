/** The unconsumed tail of a byte stream: appended to at the end, dropped from the front, grown by doubling. */
export class ByteWindow {
  buf = new Uint8Array(1 << 16);
  /** Bytes of `buf` in use. */
  len = 0;
  /** Absolute stream offset of buf[0]. */
  base: number;

  constructor(base = 0) {
    this.base = base;
  }

  /** Forgets the first `n` bytes (indices into `buf` move down by `n`). */
  drop(n: number): void {
    this.buf.copyWithin(0, n, this.len);
    this.len -= n;
    this.base += n;
  }

  /** Adds bytes at the end. */
  append(chunk: Uint8Array): void {
    const need = this.len + chunk.length;
    if (need > this.buf.length) {
      let cap = this.buf.length;
      while (cap < need) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
    this.buf.set(chunk, this.len);
    this.len = need;
  }
}
