/**
 * A readable input, independent of where it came from: a browser File, a
 * Node file path, an entry of a .zip, or bytes made by the generator.
 * Files are always consumed as streams so a 1 GB file is never one string.
 */
export interface ByteSource {
  /** Path as shown to the user (folder-relative for folder uploads). */
  path: string;
  /** Size in bytes as stored (compressed size for .gz/.zip); -1 when unknown. */
  size: number;
  /** A fresh stream of the stored bytes from the start. Callable more than once. */
  stream(): ReadableStream<Uint8Array>;
  /** Random access to the stored bytes, when the medium allows it (File, Node file). */
  slice?(start: number, end: number): Promise<Uint8Array>;
}

/** Wraps an in-memory byte array (tests, generated data, archive entries) as a ByteSource. */
export function bytesSource(path: string, bytes: Uint8Array): ByteSource {
  return {
    path,
    size: bytes.byteLength,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          // Hand out bounded chunks so consumers see the same chunking behaviour as with files.
          const CHUNK = 1 << 20;
          for (let i = 0; i < bytes.byteLength; i += CHUNK) controller.enqueue(bytes.subarray(i, Math.min(i + CHUNK, bytes.byteLength)));
          controller.close();
        },
      }),
    slice: async (start, end) => bytes.slice(start, end),
  };
}

/** Wraps a browser (or Node 20) Blob/File as a ByteSource. */
export function blobSource(path: string, blob: Blob): ByteSource {
  return {
    path,
    size: blob.size,
    stream: () => blob.stream() as ReadableStream<Uint8Array>,
    slice: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
  };
}
