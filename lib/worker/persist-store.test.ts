/**
 * The stored copy: what a reload gets back, what forgetting and clearing delete, and what the
 * analyst is told when storage is full. Driven through the Engine with an in-memory FileStore,
 * the same way the worker drives OPFS.
 */
import { describe, expect, it } from "vitest";
import { jsonLines, makeRecord } from "../cloudtrail/testing/factory";
import { Activity } from "./activity";
import { Engine } from "./engine";
import { DatasetPersistence } from "./persist-store";
import type { Method, Params, Result } from "./protocol";
import { memoryStore, type MemoryStore } from "./testing/memory-store";

function file(n: number): Blob {
  return new Blob([jsonLines(Array.from({ length: n }, () => makeRecord()))]);
}

/** An engine over `store`, as a fresh worker after a reload would be. */
function engineOn(store: MemoryStore | null) {
  const e = new Engine(() => undefined, () => null, async () => store);
  return <M extends Method>(method: M, params: Params<M>): Promise<Awaited<Result<M>>> => e.call(method, params);
}

describe("the dataset survives a reload", () => {
  it("restores loaded files and a generated demo, in load order, with their labels", async () => {
    const store = memoryStore();
    const call = engineOn(store);
    await call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: file(3) }, { path: "b.jsonl", file: file(4) }], label: "2 files" });
    await call("generate", { jobId: 2, options: { seed: 7 }, label: "FakeTShirtCo demo (seed 7)" });
    const before = await call("summary", {});
    const status = await call("storage", {});
    expect(status).toMatchObject({ backend: "memory", loads: 2, problem: null });
    expect(status.bytes).toBeGreaterThan(0);

    const reloaded = engineOn(store);
    const { summary, labels } = await reloaded("restore", { jobId: 1 });
    expect(labels).toEqual(["2 files", "FakeTShirtCo demo (seed 7)"]);
    expect(summary).toEqual(before);
    // Rows read back from the stored copy.
    const rec = await reloaded("record", { row: 0 });
    expect(rec.path).toBe("a.jsonl");
  });

  it("stores only what loaded: a cancelled load leaves no trace", async () => {
    const store = memoryStore();
    const call = engineOn(store);
    await call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: file(2) }] });
    const big = file(20000);
    const pending = call("ingest", { jobId: 2, files: [{ path: "big.jsonl", file: big }] });
    await call("cancel", { jobId: 2 });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect((await call("storage", {})).loads).toBe(1);
    expect((await engineOn(store)("restore", { jobId: 1 })).summary.events).toBe(2);
  });

  it("clear forgets the stored copy", async () => {
    const store = memoryStore();
    const call = engineOn(store);
    await call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: file(2) }] });
    await call("clear", {});
    expect(store.files.size).toBe(0);
    expect((await engineOn(store)("restore", { jobId: 1 })).summary.events).toBe(0);
  });

  it.each([
    ["loaded from the user's files, it stays in memory", false, 2],
    ["restored from the stored copy, it is cleared with it", true, 0],
  ])("forget deletes the stored copy; data %s", async (_, restored, eventsAfter) => {
    const store = memoryStore();
    let call = engineOn(store);
    await call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: file(2) }] });
    await call("storage", {}); // the copy is written in the background; a reload comes after it
    if (restored) {
      call = engineOn(store);
      await call("restore", { jobId: 1 });
    }
    const out = await call("forget", {});
    expect(out).toMatchObject({ cleared: restored, storage: { bytes: 0, loads: 0, problem: null } });
    expect(out.summary.events).toBe(eventsAfter);
    expect(store.files.size).toBe(0);
  });
});

describe("when storage fails, the app keeps working in memory and says why", () => {
  it("checks the quota before writing", async () => {
    const store = memoryStore(1024);
    const call = engineOn(store);
    const s = await call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: file(50) }] });
    expect(s.events).toBe(50);
    const status = await call("storage", {});
    expect(status).toMatchObject({ loads: 0, bytes: 0 });
    expect(status.problem).toMatch(/^Not stored: this load needs .* MB but the browser grants this page only 0\.0 MB more storage\. The data stays loaded in this tab, but a reload will not bring it back\.$/);
    expect(store.files.size).toBe(0);
  });

  it("explains a QuotaExceededError during the write and removes the partial copy", async () => {
    const store = memoryStore();
    const call = engineOn(store);
    await call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: file(2) }] });
    expect((await call("storage", {})).loads).toBe(1);
    store.failWrites = "QuotaExceededError";
    await call("ingest", { jobId: 2, files: [{ path: "b.jsonl", file: file(2) }] });
    const status = await call("storage", {});
    expect(status.problem).toContain("Not stored: the browser's storage for this page is full");
    expect(status.loads).toBe(1);
    expect((await call("summary", {})).events).toBe(4);
    store.failWrites = null;
    expect((await engineOn(store)("restore", { jobId: 1 })).summary.events).toBe(2);
  });

  it("says when the browser has no storage at all", async () => {
    const status = await engineOn(null)("storage", {});
    expect(status).toMatchObject({ backend: null, loads: 0 });
    expect(status.problem).toContain("offers no storage");
  });

  it("skips a load whose stored files were evicted and names it", async () => {
    const store = memoryStore();
    const p = new DatasetPersistence(store);
    await p.saveFiles("a.jsonl", [{ path: "a.jsonl", file: file(1) }]);
    await p.saveFiles("b.jsonl", [{ path: "b.jsonl", file: file(1) }]);
    store.files.delete("f1");
    expect((await p.loads()).map((l) => l.label)).toEqual(["b.jsonl"]);
    expect((await p.status()).problem).toContain("The stored copy of a.jsonl is incomplete");
  });

  it("ignores an unreadable manifest instead of failing the start", async () => {
    const store = memoryStore();
    await store.write("manifest.json", new Blob(['{"version": 9']));
    const p = new DatasetPersistence(store);
    expect(await p.loads()).toEqual([]);
    expect((await p.status()).problem).toContain("unreadable");
  });
});

/** A quiet() the test hands out moments of: each chunk of a write takes one, and waits when there is none. */
function gate() {
  let credits = 0;
  let used = 0;
  const waiting: (() => void)[] = [];
  return {
    quiet: () => {
      used++;
      if (credits > 0) {
        credits--;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    /** Lets `n` more chunks through (Infinity: all). */
    allow(n: number) {
      credits += n;
      while (credits > 0 && waiting.length > 0) {
        credits--;
        waiting.shift()!();
      }
    },
    get waiting() {
      return waiting.length;
    },
    /** Times quiet() was asked. */
    get used() {
      return used;
    },
  };
}

/** Lets pending promise callbacks (and the Blob reads between chunks) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the stored copy is written in the engine's quiet moments", () => {
  it("writes chunk by chunk, only while the engine is quiet", async () => {
    const store = memoryStore();
    store.chunkBytes = 1024;
    const g = gate();
    const p = new DatasetPersistence(store, g.quiet);
    const data = file(40);
    expect(data.size).toBeGreaterThan(4 * 1024);
    const saved = p.saveFiles("a.jsonl", [{ path: "a.jsonl", file: data }]);
    await settle();
    expect(g.waiting).toBe(1); // waiting before its first chunk
    expect(store.files.get("f1")?.size ?? 0).toBe(0);
    g.allow(2); // two quiet moments, then the analyst is back: the copy pauses part-way
    await settle();
    expect(store.files.get("f1")?.size).toBe(2 * 1024);
    expect(g.waiting).toBe(1);
    g.allow(Infinity);
    await saved;
    expect(await store.files.get("f1")!.text()).toBe(await data.text());
    expect((await p.loads()).map((l) => l.label)).toEqual(["a.jsonl"]);
  });

  it("forgetting the copy stops a write in progress at once and leaves nothing behind", async () => {
    const store = memoryStore();
    store.chunkBytes = 1024;
    const g = gate();
    const p = new DatasetPersistence(store, g.quiet);
    await p.saveFiles("kept before", []);
    const saved = p.saveFiles("a.jsonl", [{ path: "a.jsonl", file: file(40) }]);
    g.allow(1);
    await settle();
    expect(store.files.get("f1")?.size).toBe(1024);
    // forget() does not wait for the rest of the file: the next chunk is abandoned.
    const forgotten = p.forget();
    g.allow(Infinity);
    await Promise.all([saved, forgotten]);
    expect(g.used).toBe(2); // the first chunk's, then the one that found the copy forgotten
    expect(store.files.size).toBe(0);
    expect(await p.loads()).toEqual([]);
    expect((await p.status()).problem).toBeNull();
  });

  it("the engine counts the analyst's requests as activity, not the watchdog's or those waiting on the copy", async () => {
    let now = 0;
    const activity = new Activity(() => now);
    const engine = new Engine(() => undefined, () => null, async () => memoryStore(), activity);
    await engine.handle({ id: 1, method: "ping", params: {} });
    await engine.handle({ id: 2, method: "storage", params: {} });
    expect(activity.isQuiet).toBe(true);
    await engine.handle({ id: 3, method: "summary", params: {} });
    expect(activity.isQuiet).toBe(false);
    now += activity.quietMs;
    expect(activity.isQuiet).toBe(true);
  });
});
