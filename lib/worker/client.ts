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

/** Clock and timer for the watchdog (tests pass fakes). */
export interface WatchdogTimers {
  now(): number;
  setInterval(cb: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface ClientOptions {
  /**
   * While calls are pending and nothing at all has come from the worker for this long, the client
   * pings it; when the ping gets no answer for as long again, the worker is taken for dead (a
   * worker killed for memory can vanish without an error event). Long jobs send progress every
   * 100 ms, so only a silent worker trips it.
   */
  stallMs?: number;
  timers?: WatchdogTimers;
}

const DEFAULT_STALL_MS = 60_000;

const realTimers: WatchdogTimers = {
  now: () => Date.now(),
  setInterval: (cb, ms) => setInterval(cb, ms),
  clearInterval: (h) => clearInterval(h as ReturnType<typeof setInterval>),
};

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
  private readonly stallMs: number;
  private readonly timers: WatchdogTimers;
  private lastHeard = 0;
  private pingSentAt: number | null = null;
  private watchdog: unknown = null;

  constructor(
    private readonly worker: WorkerLike,
    opts: ClientOptions = {},
  ) {
    this.stallMs = opts.stallMs ?? DEFAULT_STALL_MS;
    this.timers = opts.timers ?? realTimers;
    worker.addEventListener("message", (ev: MessageEvent) => {
      this.lastHeard = this.timers.now();
      this.onMessage(ev.data as WorkerMessage);
    });
    worker.addEventListener("error", (ev: Event) => {
      // Handled here: the banner says it; the browser need not log it as uncaught too.
      ev.preventDefault?.();
      const msg = (ev as ErrorEvent).message || "the engine worker stopped unexpectedly";
      this.fail(`the engine hit an error it could not recover from (${msg})`);
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
      this.startWatchdog();
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
    if (this.pending.size === 0) this.stopWatchdog();
    if (reply.ok) p.resolve(reply.result);
    else p.reject(reviveError(reply.error));
  }

  private startWatchdog(): void {
    if (this.watchdog !== null) return;
    this.lastHeard = this.timers.now();
    this.watchdog = this.timers.setInterval(() => this.checkAlive(), Math.max(1, Math.floor(this.stallMs / 4)));
  }

  private stopWatchdog(): void {
    if (this.watchdog === null) return;
    this.timers.clearInterval(this.watchdog);
    this.watchdog = null;
    this.pingSentAt = null;
  }

  private checkAlive(): void {
    if (this.pending.size === 0) return this.stopWatchdog();
    const now = this.timers.now();
    if (this.pingSentAt !== null && this.lastHeard > this.pingSentAt) this.pingSentAt = null;
    if (now - this.lastHeard < this.stallMs) return;
    if (this.pingSentAt === null) {
      this.pingSentAt = now;
      this.call("ping", {}).catch(() => undefined);
    } else if (now - this.pingSentAt >= this.stallMs) {
      this.worker.terminate?.();
      this.fail(`the engine stopped answering (nothing heard from it for ${Math.round((now - this.lastHeard) / 1000)} s)`);
    }
  }

  private fail(message: string): void {
    if (this.crashed) return;
    this.crashed = message;
    this.stopWatchdog();
    // A worker that reported an error may still run; stop it so it cannot answer after being declared dead.
    this.worker.terminate?.();
    const err = new EngineCrashedError(message);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const cb of this.crashListeners) cb(message);
  }
}
