/**
 * The first `limit` items of a total order without sorting everything: a
 * bounded heap, so the top 10 of half a million groups costs one pass.
 */

/** Indices 0..count-1 ordered by `cmp` (ascending = first), cut to `limit`. */
export function topK(count: number, limit: number, cmp: (a: number, b: number) => number): number[] {
  if (limit <= 0 || count === 0) return [];
  if (limit >= count || count <= 1024) {
    const all = Array.from({ length: count }, (_, i) => i).sort(cmp);
    return all.length > limit ? all.slice(0, limit) : all;
  }
  // Max-heap (by cmp) of the best `limit` seen: its root is the worst of them.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => cmp(a, b) > 0;
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (let i = 0; i < count; i++) {
    if (heap.length < limit) {
      heap.push(i);
      up(heap.length - 1);
    } else if (worse(heap[0], i)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort(cmp);
}
