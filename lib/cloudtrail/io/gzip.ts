/** gzip layer: the platform DecompressionStream (Node 20, browsers, workers), with its errors made readable. */
import { LayerError } from "./streams";

/** Whether bytes start with the gzip magic number. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

function gzipError(e: unknown): LayerError {
  const detail = e instanceof Error ? e.message : String(e);
  if (/unexpected end|end of (file|stream|input)|truncat/i.test(detail)) {
    return new LayerError("the file is truncated: its gzip data ends early; records after the cut are missing");
  }
  return new LayerError(`the gzip data is corrupt or truncated (${detail})`);
}

/** Decompresses a gzip stream; failures surface as LayerErrors. */
export function gunzip(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = stream.pipeThrough(new DecompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(c) {
        try {
          const r = await reader.read();
          if (r.done) c.close();
          else c.enqueue(r.value);
        } catch (e) {
          c.error(gzipError(e));
        }
      },
      cancel: (reason) => reader.cancel(reason),
    },
    { highWaterMark: 0 },
  );
}
