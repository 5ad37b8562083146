/**
 * A small bounded cache for derived query state (e.g. which dictionary codes
 * a wildcard matches). Entries validate themselves against the data they were
 * built from; the table clears the cache when rows are removed.
 */

/** What a cache entry reports about itself. */
export interface Memoized {
  /** Estimated bytes the entry holds. */
  bytes: number;
}

/** Least-recently-used cache of derived query state. */
export class MemoCache {
  private readonly entries = new Map<string, Memoized>();

  constructor(private readonly maxEntries = 128) {}

  get<T extends Memoized>(key: string): T | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    // Re-insert so eviction drops the least recently used entry.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e as T;
  }

  set(key: string, value: Memoized): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  memoryBytes(): number {
    let n = 0;
    for (const [k, e] of this.entries) n += e.bytes + 2 * k.length + 40;
    return n;
  }
}
