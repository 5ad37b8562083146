/**
 * Node-side inputs: turns paths (files and folders, recursively) into
 * ByteSources backed by the file system, in a stable order.
 */
import { createReadStream, statSync } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import path from "node:path";
import type { ByteSource } from "../cloudtrail/source";

/** Every file under the given paths (folders walked recursively, hidden entries skipped), sorted by path within each folder. */
export async function listInputFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const st = await stat(p);
    if (st.isDirectory()) {
      const entries = (await readdir(p)).filter((n) => !n.startsWith(".")).sort();
      for (const name of entries) await walk(path.join(p, name));
    } else if (st.isFile()) {
      out.push(p);
    }
  };
  for (const p of paths) await walk(p);
  return out;
}

/** Large chunks keep per-chunk overhead in the reader negligible for multi-GB files. */
const CHUNK_BYTES = 1 << 20;

/** Wraps a local file as a ByteSource: streamed with fs.createReadStream, sliced with positioned reads. */
export function nodeFileSource(path: string, displayPath: string = path): ByteSource {
  const size = statSync(path).size;
  return {
    path: displayPath,
    size,
    stream: () => Readable.toWeb(createReadStream(path, { highWaterMark: CHUNK_BYTES })) as ReadableStream<Uint8Array>,
    slice: async (start, end) => {
      const from = Math.max(0, Math.min(start, size));
      const to = Math.max(from, Math.min(end, size));
      const out = new Uint8Array(to - from);
      const fh = await open(path, "r");
      try {
        let done = 0;
        while (done < out.byteLength) {
          const { bytesRead } = await fh.read(out, done, out.byteLength - done, from + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return done === out.byteLength ? out : out.subarray(0, done);
      } finally {
        await fh.close();
      }
    },
  };
}

/** A ByteSource over a file on disk (streamed, with random access for the detail view). */
export async function fileSource(p: string): Promise<ByteSource> {
  return nodeFileSource(p);
}
