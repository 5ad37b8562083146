/**
 * The engine worker's inbox. A filter change sends several queries at once
 * (count, histogram, facets, select, then row windows); served in arrival
 * order, the table waits behind the facets. Queued read-only queries are
 * served by priority instead: what the analyst is waiting to see painted
 * first (row windows, the selection, the histogram), side panels after.
 * Any other request (ingest, clear, sensitivity, …) is a barrier: nothing
 * is moved across it, so a query never sees the dataset as it was before
 * or after a change it was sent after or before.
 */
import type { Method, Request } from "./protocol";

/** Lower runs first; methods not listed are barriers. */
const PRIORITY: Partial<Record<Method, number>> = {
  rows: 0,
  record: 1,
  select: 2,
  histogram: 3,
  count: 4,
  release: 4,
  fields: 5,
  groupBy: 5,
  principals: 5,
  principal: 5,
  buckets: 5,
  bucket: 5,
  exfilStats: 5,
  facets: 6,
  search: 7,
  findings: 7,
};

/** Queues requests and serves them one per turn of the event loop, by priority within barriers. */
export class RequestQueue {
  private readonly queue: Request[] = [];
  private scheduled = false;

  /**
   * @param serve runs one request (it may return before async work finishes; the queue does not wait for it)
   * @param schedule runs a callback on a later task, after messages already delivered
   */
  constructor(
    private readonly serve: (req: Request) => void,
    private readonly schedule: (fn: () => void) => void,
  ) {}

  /** Adds a request; it is served on a later turn. */
  push(req: Request): void {
    this.queue.push(req);
    this.wake();
  }

  /** Requests waiting. */
  get size(): number {
    return this.queue.length;
  }

  /** Index of the request to serve next. */
  private pick(): number {
    let best = 0;
    const first = PRIORITY[this.queue[0]!.method];
    if (first === undefined) return 0;
    let bestRank = first;
    for (let i = 1; i < this.queue.length; i++) {
      const rank = PRIORITY[this.queue[i]!.method];
      if (rank === undefined) break;
      if (rank < bestRank) (best = i), (bestRank = rank);
    }
    return best;
  }

  private wake(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      if (this.queue.length === 0) return;
      const [req] = this.queue.splice(this.pick(), 1);
      try {
        this.serve(req!);
      } finally {
        this.wake();
      }
    });
  }
}

/** A scheduler on a MessageChannel: a task after those already queued, without setTimeout's clamping. */
export function messageChannelScheduler(): (fn: () => void) => void {
  const channel = new MessageChannel();
  const pending: (() => void)[] = [];
  channel.port1.onmessage = () => pending.shift()?.();
  return (fn) => {
    pending.push(fn);
    channel.port2.postMessage(null);
  };
}
