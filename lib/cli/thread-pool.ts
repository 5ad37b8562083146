/**
 * Parse workers as Node worker_threads, for the CLI and the benchmark. The
 * threads inherit the parent's loader flags, so under tsx they run the
 * TypeScript entry directly.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { endpointPool, type ParseEndpoint, type ParsePool } from "../worker/parse-pool";

/** Parse threads to start: one per core (the main thread mostly waits and appends). */
export function defaultThreadCount(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

function threadEndpoint(): ParseEndpoint {
  // Threads do not inherit tsx's in-process loader: a small bootstrap registers it, then loads the TypeScript entry.
  const entry = new URL("./parse-thread.ts", import.meta.url).href;
  const bootstrap = `import("tsx/esm/api").then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  const w = new Worker(bootstrap, { eval: true });
  w.unref();
  return {
    postMessage: (message, transfer) => w.postMessage(message, transfer as never),
    onMessage: (cb) => w.on("message", cb),
    onError: (cb) => {
      w.on("error", (e) => cb(e.message));
      w.on("exit", (code) => {
        if (code !== 0) cb(`exited with code ${code}`);
      });
    },
    terminate: () => void w.terminate(),
  };
}

/** A pool of `size` parse threads. */
export function threadPool(size = defaultThreadCount()): ParsePool {
  return endpointPool(Array.from({ length: size }, threadEndpoint));
}
