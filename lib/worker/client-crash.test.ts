/**
 * A dying engine worker never leaves a call hanging: an error event, an unreadable message, or a
 * worker that goes silent each reject every pending call, stop the worker and tell the listeners.
 */
import { describe, expect, it } from "vitest";
import { EngineClient, EngineCrashedError, type WatchdogTimers, type WorkerLike } from "./client";

type Listener = (ev: Event | MessageEvent) => void;

/** A Worker stand-in: records what is posted, lets the test answer, fail or fall silent. */
function fakeWorker() {
  const listeners = new Map<string, Listener[]>();
  const posted: { id: number; method: string }[] = [];
  let terminated = 0;
  const worker: WorkerLike = {
    postMessage: (m) => void posted.push(m as { id: number; method: string }),
    addEventListener: ((type: string, l: Listener) => void listeners.set(type, [...(listeners.get(type) ?? []), l])) as WorkerLike["addEventListener"],
    terminate: () => void terminated++,
  };
  const emit = (type: string, ev: Event | MessageEvent) => listeners.get(type)?.forEach((l) => l(ev));
  return {
    worker,
    posted,
    terminated: () => terminated,
    reply: (requestId: number, result: unknown) => emit("message", { data: { requestId, ok: true, result } } as MessageEvent),
    progress: () => emit("message", { data: { type: "progress", progress: { jobId: 1 } } } as MessageEvent),
    error: (message: string) => emit("error", Object.assign(new Event("error"), { message })),
    messageError: () => emit("messageerror", new Event("messageerror")),
  };
}

/** A hand-driven clock: `advance` runs the interval callbacks that fall due. */
function fakeTimers() {
  let now = 0;
  const intervals = new Map<number, { cb: () => void; ms: number; next: number }>();
  let nextHandle = 1;
  const timers: WatchdogTimers = {
    now: () => now,
    setInterval: (cb, ms) => {
      intervals.set(nextHandle, { cb, ms, next: now + ms });
      return nextHandle++;
    },
    clearInterval: (h) => void intervals.delete(h as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...intervals.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.ms;
      due.cb();
    }
    now = end;
  };
  return { timers, advance, active: () => intervals.size };
}

describe("EngineClient when the worker dies", () => {
  it.each([
    ["an error event", (w: ReturnType<typeof fakeWorker>) => w.error("Uncaught RangeError: Array buffer allocation failed"), "Array buffer allocation failed"],
    ["a message that cannot be read", (w: ReturnType<typeof fakeWorker>) => w.messageError(), "could not be read"],
  ])("rejects every pending call on %s, stops the worker and tells the listeners", async (_, kill, text) => {
    const w = fakeWorker();
    const client = new EngineClient(w.worker);
    const crashes: string[] = [];
    client.onCrash((m) => crashes.push(m));
    const calls = [client.call("summary", {}), client.call("ingest", { jobId: 1, files: [] }), client.call("count", { spec: {} })];
    kill(w);
    for (const c of calls) await expect(c).rejects.toBeInstanceOf(EngineCrashedError);
    expect(crashes).toHaveLength(1);
    expect(crashes[0]).toContain(text);
    expect(w.terminated()).toBeGreaterThan(0);
    await expect(client.call("summary", {})).rejects.toBeInstanceOf(EngineCrashedError);
    expect(client.crashMessage).toContain(text);
    // A late listener hears of the crash at once.
    const late: string[] = [];
    client.onCrash((m) => late.push(m));
    expect(late).toEqual(crashes);
  });

  it("pings a silent worker and declares it dead when the ping goes unanswered", async () => {
    const w = fakeWorker();
    const t = fakeTimers();
    const client = new EngineClient(w.worker, { stallMs: 1000, timers: t.timers });
    const call = client.call("histogram", { spec: {}, spanMs: 1 });
    t.advance(999);
    expect(w.posted.map((m) => m.method)).toEqual(["histogram"]);
    t.advance(300);
    expect(w.posted.map((m) => m.method)).toEqual(["histogram", "ping"]);
    t.advance(1000);
    await expect(call).rejects.toThrow(/the engine stopped answering/);
    expect(w.terminated()).toBeGreaterThan(0);
    expect(t.active()).toBe(0);
  });

  it("leaves a busy worker alone while it answers pings or sends progress", async () => {
    const w = fakeWorker();
    const t = fakeTimers();
    const client = new EngineClient(w.worker, { stallMs: 1000, timers: t.timers });
    const call = client.call("ingest", { jobId: 1, files: [] });
    for (let i = 0; i < 20; i++) {
      t.advance(500);
      w.progress();
    }
    t.advance(1300);
    const ping = w.posted.find((m) => m.method === "ping");
    expect(ping).toBeDefined();
    w.reply(ping!.id, true);
    t.advance(1500);
    expect(client.crashMessage).toBeNull();
    w.reply(w.posted[0]!.id, { events: 0 });
    await expect(call).resolves.toEqual({ events: 0 });
    for (const m of w.posted.filter((p) => p.method === "ping")) w.reply(m.id, true);
    t.advance(1000);
    expect(t.active()).toBe(0);
  });
});
