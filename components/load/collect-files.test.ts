import { describe, expect, it } from "vitest";
import { filesFromDrop, filesFromInput } from "./collect-files";

// Minimal stand-ins for the File and Directory Entries API, which Node lacks.
function fileEntry(fullPath: string): FileSystemFileEntry {
  const name = fullPath.slice(fullPath.lastIndexOf("/") + 1);
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok: (f: File) => void) => ok(new File([fullPath], name)),
  } as unknown as FileSystemFileEntry;
}

function dirEntry(fullPath: string, children: FileSystemEntry[], batch = 2): FileSystemDirectoryEntry {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.slice(fullPath.lastIndexOf("/") + 1),
    fullPath,
    createReader: () => {
      let next = 0;
      return {
        readEntries: (ok: (entries: FileSystemEntry[]) => void) => {
          ok(children.slice(next, next + batch));
          next += batch;
        },
      };
    },
  } as unknown as FileSystemDirectoryEntry;
}

function dataTransfer(items: { entry: FileSystemEntry | null; file?: File; kind?: string }[]): DataTransfer {
  return {
    items: items.map((i) => ({
      kind: i.kind ?? "file",
      webkitGetAsEntry: () => i.entry,
      getAsFile: () => i.file ?? null,
    })),
    files: [],
  } as unknown as DataTransfer;
}

describe("filesFromDrop", () => {
  it("walks dropped folders through every readEntries batch", async () => {
    const tree = dirEntry("/logs", [
      fileEntry("/logs/a.json"),
      dirEntry("/logs/AWSLogs", [fileEntry("/logs/AWSLogs/b.json.gz"), fileEntry("/logs/AWSLogs/c.json.gz"), fileEntry("/logs/AWSLogs/d.json.gz")]),
      fileEntry("/logs/e.zip"),
    ]);
    const files = await filesFromDrop(dataTransfer([{ entry: tree }, { entry: fileEntry("/top.jsonl") }]));
    expect(files.map((f) => f.path)).toEqual([
      "logs/a.json",
      "logs/AWSLogs/b.json.gz",
      "logs/AWSLogs/c.json.gz",
      "logs/AWSLogs/d.json.gz",
      "logs/e.zip",
      "top.jsonl",
    ]);
    expect(await (files[1]!.file as File).text()).toBe("/logs/AWSLogs/b.json.gz");
  });

  it("falls back to plain files when no entry is available and ignores non-file items", async () => {
    const plain = new File(["x"], "dropped.jsonl");
    const files = await filesFromDrop(dataTransfer([{ entry: null, file: plain }, { entry: null, kind: "string" }]));
    expect(files).toEqual([{ path: "dropped.jsonl", file: plain }]);
  });

  it("passes a folder read failure on to the caller", async () => {
    const broken = {
      isFile: false,
      isDirectory: true,
      name: "x",
      fullPath: "/x",
      createReader: () => ({ readEntries: (_ok: unknown, fail: (e: Error) => void) => fail(new Error("NotReadableError")) }),
    } as unknown as FileSystemEntry;
    await expect(filesFromDrop(dataTransfer([{ entry: broken }]))).rejects.toThrow("NotReadableError");
  });
});

describe("filesFromInput", () => {
  it("uses the folder-relative path when the folder picker gives one", () => {
    const inFolder = new File(["a"], "a.json");
    Object.defineProperty(inFolder, "webkitRelativePath", { value: "logs/a.json" });
    const single = new File(["b"], "b.json");
    const list = [inFolder, single] as unknown as FileList;
    expect(filesFromInput(list).map((f) => f.path)).toEqual(["logs/a.json", "b.json"]);
    expect(filesFromInput(null)).toEqual([]);
  });
});
