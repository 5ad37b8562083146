import { describe, expect, it } from "vitest";
import { QueryRunner, type QueryState } from "./query-runner";

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function makeRunner() {
  const states: QueryState<{ id: number }>[] = [];
  const released: number[] = [];
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const runner = new QueryRunner<{ id: number }>({
    onChange: (s) => states.push(s),
    release: (v) => released.push(v.id),
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      (h as { cleared: boolean }).cleared = true;
    },
  });
  return { runner, states, released, timers, last: () => states[states.length - 1] };
}

describe("QueryRunner", () => {
  it("reports loading, then the result", async () => {
    const { runner, last } = makeRunner();
    const d = deferred<{ id: number }>();
    runner.run("a", () => d.promise);
    expect(last()).toEqual({ data: null, error: null, loading: true });
    d.resolve({ id: 1 });
    await flush();
    expect(last()).toEqual({ data: { id: 1 }, error: null, loading: false });
  });

  it("never lets an older, slower reply overwrite a newer one, and releases it", async () => {
    const { runner, last, released } = makeRunner();
    const slow = deferred<{ id: number }>();
    const fast = deferred<{ id: number }>();
    runner.run("old", () => slow.promise);
    runner.run("new", () => fast.promise);
    fast.resolve({ id: 2 });
    await flush();
    slow.resolve({ id: 1 });
    await flush();
    expect(last().data).toEqual({ id: 2 });
    expect(released).toEqual([1]);
  });

  it("releases the shown result when a newer one replaces it, and on dispose", async () => {
    const { runner, released } = makeRunner();
    runner.run("a", () => Promise.resolve({ id: 1 }));
    await flush();
    runner.run("b", () => Promise.resolve({ id: 2 }));
    await flush();
    expect(released).toEqual([1]);
    runner.dispose();
    expect(released).toEqual([1, 2]);
  });

  it("keeps the old result visible while the next one loads", async () => {
    const { runner, last } = makeRunner();
    runner.run("a", () => Promise.resolve({ id: 1 }));
    await flush();
    runner.run("b", () => new Promise(() => undefined));
    expect(last()).toEqual({ data: { id: 1 }, error: null, loading: true });
  });

  it("does not ask twice for the same key", async () => {
    const { runner } = makeRunner();
    let calls = 0;
    const exec = () => (calls++, Promise.resolve({ id: calls }));
    runner.run("a", exec);
    runner.run("a", exec);
    await flush();
    runner.run("a", exec);
    expect(calls).toBe(1);
    runner.invalidate();
    runner.run("a", exec);
    expect(calls).toBe(2);
  });

  it("turns a failure into an error message and drops the stale result", async () => {
    const { runner, last, released } = makeRunner();
    runner.run("a", () => Promise.resolve({ id: 1 }));
    await flush();
    runner.run("b", () => Promise.reject(new Error('unknown field "nope"')));
    await flush();
    expect(last()).toEqual({ data: null, error: 'unknown field "nope"', loading: false });
    expect(released).toEqual([1]);
  });

  it("catches a synchronous throw from the call itself", async () => {
    const { runner, last } = makeRunner();
    runner.run("a", () => {
      throw new Error("no engine");
    });
    await flush();
    expect(last().error).toBe("no engine");
  });

  it("ignores a failure of a superseded request", async () => {
    const { runner, last } = makeRunner();
    const old = deferred<{ id: number }>();
    runner.run("a", () => old.promise);
    runner.run("b", () => Promise.resolve({ id: 2 }));
    await flush();
    old.reject(new Error("late"));
    await flush();
    expect(last()).toEqual({ data: { id: 2 }, error: null, loading: false });
  });

  it("debounces: only the last of quick runs asks", () => {
    const { runner, timers } = makeRunner();
    const asked: string[] = [];
    for (const k of ["a", "ab", "abc"]) runner.run(k, () => (asked.push(k), Promise.resolve({ id: 0 })), 150);
    expect(timers.map((t) => t.cleared)).toEqual([true, true, false]);
    timers[2]!.fn();
    expect(asked).toEqual(["abc"]);
  });

  it("goes idle and releases, and a reply arriving after dispose is released, not shown", async () => {
    const { runner, last, released, states } = makeRunner();
    runner.run("a", () => Promise.resolve({ id: 1 }));
    await flush();
    runner.idle();
    expect(last()).toEqual({ data: null, error: null, loading: false });
    expect(released).toEqual([1]);
    const late = deferred<{ id: number }>();
    runner.run("b", () => late.promise);
    runner.dispose();
    const count = states.length;
    late.resolve({ id: 3 });
    await flush();
    expect(released).toEqual([1, 3]);
    expect(states).toHaveLength(count);
  });
});
