/**
 * A pool of parse workers for multi-core ingest. The same message protocol
 * serves browser Workers (spawned by the engine worker) and Node
 * worker_threads (CLI, benchmark); an in-process pool runs the identical code
 * on the calling thread for tests and as the fallback.
 */
import { batchTransferables } from "../index/batch";
import { parseRange, type RangeRequest, type RangeResult } from "./parse-range";
import type { SerializedError } from "./protocol";

export interface ParsePool {
  /** Workers in the pool (1 for the in-process pool). */
  readonly size: number;
  parse(req: RangeRequest): Promise<RangeResult>;
  close(): void;
}

/** What a parse worker receives and sends. */
export type ParseRequestMessage = { id: number; req: RangeRequest };
export type ParseReplyMessage = { id: number; ok: true; result: RangeResult } | { id: number; ok: false; error: SerializedError };

/** A parse worker endpoint: a browser Worker, or a worker_threads Worker behind a small adapter. */
export interface ParseEndpoint {
  postMessage(message: ParseRequestMessage, transfer: Transferable[]): void;
  onMessage(cb: (msg: ParseReplyMessage) => void): void;
  onError(cb: (message: string) => void): void;
  terminate(): void;
}

/** Serves parse requests inside a worker: the worker entries call this with their own post function. */
export function serveParseRequest(msg: ParseRequestMessage, post: (reply: ParseReplyMessage, transfer: Transferable[]) => void): void {
  try {
    const result = parseRange(msg.req);
    post({ id: msg.id, ok: true, result }, result.batches.flatMap(batchTransferables));
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    post({ id: msg.id, ok: false, error: { name: err.name, message: err.message, stack: err.stack } }, []);
  }
}

/** Runs ranges on the calling thread (tests, and where workers cannot be started). */
export function inProcessPool(): ParsePool {
  return {
    size: 1,
    parse: async (req) => parseRange(req),
    close: () => undefined,
  };
}

interface Slot {
  endpoint: ParseEndpoint;
  busy: boolean;
}

/** A pool over worker endpoints; requests queue until a worker is free. A dead worker fails its request and the pool. */
export function endpointPool(endpoints: ParseEndpoint[]): ParsePool {
  if (endpoints.length === 0) throw new Error("a parse pool needs at least one worker");
  let nextId = 1;
  let dead: string | null = null;
  const pending = new Map<number, { slot: Slot; resolve: (r: RangeResult) => void; reject: (e: Error) => void }>();
  const queue: { req: RangeRequest; resolve: (r: RangeResult) => void; reject: (e: Error) => void }[] = [];
  const slots: Slot[] = endpoints.map((endpoint) => ({ endpoint, busy: false }));

  const pump = () => {
    for (const slot of slots) {
      if (slot.busy || queue.length === 0) continue;
      const job = queue.shift()!;
      const id = nextId++;
      slot.busy = true;
      pending.set(id, { slot, resolve: job.resolve, reject: job.reject });
      slot.endpoint.postMessage({ id, req: job.req }, [job.req.bytes.buffer as ArrayBuffer]);
    }
  };
  const fail = (message: string) => {
    dead ??= message;
    const err = new Error(`a parse worker stopped: ${message}`);
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    for (const q of queue.splice(0)) q.reject(err);
  };
  for (const slot of slots) {
    slot.endpoint.onMessage((msg) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      p.slot.busy = false;
      if (msg.ok) p.resolve(msg.result);
      else {
        const err = new Error(msg.error.message);
        err.name = msg.error.name;
        p.reject(err);
      }
      pump();
    });
    slot.endpoint.onError(fail);
  }
  return {
    size: slots.length,
    parse: (req) =>
      new Promise<RangeResult>((resolve, reject) => {
        if (dead) return reject(new Error(`a parse worker stopped: ${dead}`));
        queue.push({ req, resolve, reject });
        pump();
      }),
    close: () => {
      fail("the pool was closed");
      for (const s of slots) s.endpoint.terminate();
    },
  };
}
