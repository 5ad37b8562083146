/**
 * Turns what the user picked or dropped into InputFiles (File objects plus
 * their paths). Only directory listings happen here; file contents are never
 * read on the main thread.
 */
import type { InputFile } from "../../lib/worker/protocol";

/** Files from an `<input type="file">`; folder pickers carry webkitRelativePath. */
export function filesFromInput(list: FileList | null): InputFile[] {
  if (!list) return [];
  return Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file }));
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: InputFile[]): Promise<void> {
  if (isFile(entry)) {
    out.push({ path: entry.fullPath.replace(/^\/+/, "") || entry.name, file: await fileOf(entry) });
  } else if (isDirectory(entry)) {
    const reader = entry.createReader();
    // readEntries hands out a directory in batches (Chromium: 100) until an empty one.
    for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
      for (const child of batch) await walk(child, out);
    }
  }
}

/**
 * Files from a drop, walking dropped folders. Entries must be taken from the
 * DataTransfer synchronously (it is emptied once the drop handler returns),
 * so call this directly in the handler and await the result afterwards.
 */
export function filesFromDrop(dt: DataTransfer): Promise<InputFile[]> {
  const entries: FileSystemEntry[] = [];
  const plain: File[] = [];
  for (const item of Array.from(dt.items)) {
    if (item.kind !== "file") continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) plain.push(file);
    }
  }
  if (entries.length === 0 && plain.length === 0) plain.push(...Array.from(dt.files));
  return (async () => {
    const out: InputFile[] = plain.map((file) => ({ path: file.name, file }));
    for (const entry of entries) await walk(entry, out);
    return out;
  })();
}
