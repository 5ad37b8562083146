/**
 * Node-side inputs: turns paths (files and folders, recursively) into
 * ByteSources backed by the file system, in a stable order.
 */
import { openAsBlob } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { blobSource, type ByteSource } from "../cloudtrail/source";

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

/** A ByteSource over a file on disk (streamed, with random access for the detail view). */
export async function fileSource(p: string): Promise<ByteSource> {
  return blobSource(p, await openAsBlob(p));
}
