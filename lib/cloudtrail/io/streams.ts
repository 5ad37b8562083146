/** Small ReadableStream helpers for the layered reader (works in Node 20 and in a Web Worker). */

/** An error that belongs in a file report (a truncated gzip, a refused zip entry), not a crash. */
export class LayerError extends Error {
  override name = "LayerError";
}

/** The error a cancelled read ends with (`err.name === "AbortError"`). */
export function abortError(): Error {
  const e = new Error("The read was cancelled");
  e.name = "AbortError";
  return e;
}

/** Whether `e` is a cancellation. */
export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === "AbortError";
}

/** Joins byte chunks. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Reads at least `n` bytes (fewer at the end) and returns them with a stream that replays them and continues. */
export async function peek(stream: ReadableStream<Uint8Array>, n: number): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  try {
    while (total < n) {
      const r = await reader.read();
      if (r.done) {
        done = true;
        break;
      }
      chunks.push(r.value);
      total += r.value.length;
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e;
  }
  const head = concatBytes(chunks);
  const replay = new ReadableStream<Uint8Array>(
    {
      start(c) {
        if (head.length > 0) c.enqueue(head);
        if (done) c.close();
      },
      async pull(c) {
        const r = await reader.read();
        if (r.done) c.close();
        else c.enqueue(r.value);
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
  return { head, stream: replay };
}

/**
 * Passes a stream through with up to `aheadBytes` read in advance, so file
 * reads (and decompression, which Node runs on its thread pool) overlap with
 * parsing instead of waiting for it. An error of the source is delivered
 * only after the chunks read before it (a plain queued stream would drop
 * them). Reports the running byte count read.
 */
export function readAhead(stream: ReadableStream<Uint8Array>, aheadBytes: number, onBytes?: (total: number) => void): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  const queue: Uint8Array[] = [];
  let queued = 0;
  let total = 0;
  let done = false;
  let failed = false;
  let failure: unknown;
  let reading = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const fill = () => {
    if (reading || done || failed || queued >= aheadBytes) return;
    reading = true;
    reader.read().then(
      (r) => {
        reading = false;
        if (r.done) done = true;
        else {
          queue.push(r.value);
          queued += r.value.length;
          total += r.value.length;
          onBytes?.(total);
        }
        notify();
        fill();
      },
      (e: unknown) => {
        reading = false;
        failed = true;
        failure = e;
        notify();
      },
    );
  };
  return new ReadableStream<Uint8Array>(
    {
      start: fill,
      async pull(c) {
        while (queue.length === 0 && !done && !failed) {
          fill();
          await new Promise<void>((r) => (wake = r));
        }
        const next = queue.shift();
        if (next) {
          queued -= next.length;
          c.enqueue(next);
          fill();
        } else if (failed) c.error(failure);
        else c.close();
      },
      cancel(reason) {
        done = true;
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
