/**
 * Main-thread facade over the engine worker: typed calls, progress
 * subscription, crash detection. Knows nothing about React.
 */
import type { Method, Params, Progress, Reply, Result, SerializedError, WorkerMessage } from "./protocol";

/** The part of a Worker (or a MessagePort) the client needs. */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (ev: MessageEvent) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (ev: Event) => void): void;
  terminate?(): void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Rebuilds an Error that crossed the worker boundary, keeping its name and stack. */
export function reviveError(e: SerializedError): Error {
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

/** Thrown for every call still pending when the worker dies. */
export class EngineCrashedError extends Error {
  override name = "EngineCrashedError";
}

export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly progressListeners = new Set<(p: Progress) => void>();
  private readonly crashListeners = new Set<(message: string) => void>();
  private crashed: string | null = null;

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener("message", (ev: MessageEvent) => this.onMessage(ev.data as WorkerMessage));
    worker.addEventListener("error", (ev: Event) => {
      const msg = (ev as ErrorEvent).message || "the engine worker stopped unexpectedly";
      this.fail(msg);
    });
    worker.addEventListener("messageerror", () => this.fail("a message from the engine worker could not be read"));
  }

  /** Calls an engine method; resolves with its result or rejects with the rebuilt error. */
  call<M extends Method>(
    method: M,
    params: Params<M>,
    opts: { transfer?: Transferable[]; signal?: AbortSignal } = {},
  ): Promise<Result<M>> {
    if (this.crashed) return Promise.reject(new EngineCrashedError(this.crashed));
    const id = this.nextId++;
    return new Promise<Result<M>>((resolve, reject) => {
      const abort = () => {
        if (this.pending.delete(id)) {
          const err = new Error("cancelled");
          err.name = "AbortError";
          reject(err);
        }
      };
      if (opts.signal?.aborted) return abort();
      opts.signal?.addEventListener("abort", abort, { once: true });
      this.pending.set(id, {
        resolve: (v) => {
          opts.signal?.removeEventListener("abort", abort);
          resolve(v as Result<M>);
        },
        reject: (e) => {
          opts.signal?.removeEventListener("abort", abort);
          reject(e);
        },
      });
      try {
        this.worker.postMessage({ id, method, params }, opts.transfer ?? []);
      } catch (e) {
        this.pending.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  /** Subscribes to progress of long jobs; returns the unsubscribe function. */
  onProgress(cb: (p: Progress) => void): () => void {
    this.progressListeners.add(cb);
    return () => this.progressListeners.delete(cb);
  }

  /** Subscribes to the worker dying; called at once if it already has. */
  onCrash(cb: (message: string) => void): () => void {
    this.crashListeners.add(cb);
    if (this.crashed) cb(this.crashed);
    return () => this.crashListeners.delete(cb);
  }

  /** The crash message, or null while the worker is alive. */
  get crashMessage(): string | null {
    return this.crashed;
  }

  terminate(): void {
    this.worker.terminate?.();
    this.fail("the engine was stopped");
  }

  private onMessage(msg: WorkerMessage): void {
    if ("type" in msg && msg.type === "progress") {
      for (const cb of this.progressListeners) cb(msg.progress);
      return;
    }
    const reply = msg as Reply;
    const p = this.pending.get(reply.requestId);
    if (!p) return; // cancelled by the caller, or a reply to a call it gave up on
    this.pending.delete(reply.requestId);
    if (reply.ok) p.resolve(reply.result);
    else p.reject(reviveError(reply.error));
  }

  private fail(message: string): void {
    if (this.crashed) return;
    this.crashed = message;
    const err = new EngineCrashedError(message);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const cb of this.crashListeners) cb(message);
  }
}
