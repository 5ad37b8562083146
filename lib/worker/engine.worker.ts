// The worker entry: wires the engine to the worker's global scope and gives it parse workers and storage, nothing more.
import { Engine } from "./engine";
import { openBrowserStore } from "./persist-opfs";
import { endpointPool, type ParseEndpoint, type ParsePool } from "./parse-pool";
import type { Request } from "./protocol";
import { messageChannelScheduler, RequestQueue } from "./request-queue";

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: "message", listener: (ev: MessageEvent<Request>) => void): void;
}

/** Parse workers to start: the machine's cores, at most 4 (the engine thread mostly waits and appends). */
const MAX_PARSE_WORKERS = 4;

function parseEndpoint(): ParseEndpoint {
  const w = new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
  return {
    postMessage: (m, t) => w.postMessage(m, t),
    onMessage: (cb) => w.addEventListener("message", (ev: MessageEvent) => cb(ev.data)),
    onError: (cb) => w.addEventListener("error", (ev: ErrorEvent) => cb(ev.message || "a parse worker failed to start")),
    terminate: () => w.terminate(),
  };
}

/** Parse workers for large files; null where nested workers are not available (then files are read on the engine thread). */
function startPool(): ParsePool | null {
  if (typeof Worker === "undefined") return null;
  try {
    const n = Math.max(1, Math.min(MAX_PARSE_WORKERS, navigator.hardwareConcurrency || 2));
    return endpointPool(Array.from({ length: n }, parseEndpoint));
  } catch {
    return null;
  }
}

const scope = self as unknown as WorkerScope;
const engine = new Engine((message, transfer) => scope.postMessage(message, transfer), startPool, openBrowserStore);
// Queued, so the queries a view waits on are served before side panels (lib/worker/request-queue.ts).
const inbox = new RequestQueue((req) => void engine.handle(req), messageChannelScheduler());
scope.addEventListener("message", (ev) => inbox.push(ev.data));
