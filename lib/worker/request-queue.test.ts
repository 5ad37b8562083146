import { describe, expect, it } from "vitest";
import type { Method, Request } from "./protocol";
import { RequestQueue } from "./request-queue";

function makeQueue() {
  const served: string[] = [];
  const tasks: (() => void)[] = [];
  const queue = new RequestQueue(
    (req) => served.push(`${req.method}#${req.id}`),
    (fn) => tasks.push(fn),
  );
  let id = 1;
  const push = (...methods: Method[]) => {
    for (const method of methods) queue.push({ id: id++, method, params: {} } as Request);
  };
  const runAll = () => {
    while (tasks.length > 0) tasks.shift()!();
  };
  return { queue, served, push, runAll, tasks };
}

describe("RequestQueue", () => {
  it("serves what a filter change waits on first: rows, select, histogram, then count and facets", () => {
    const { served, push, runAll } = makeQueue();
    push("count", "histogram", "facets", "select", "rows");
    runAll();
    expect(served).toEqual(["rows#5", "select#4", "histogram#2", "count#1", "facets#3"]);
  });

  it("never moves a query across a barrier such as clear or ingest", () => {
    const { served, push, runAll } = makeQueue();
    push("facets", "select", "clear", "rows", "count", "ingest", "histogram");
    runAll();
    expect(served).toEqual(["select#2", "facets#1", "clear#3", "rows#4", "count#5", "ingest#6", "histogram#7"]);
  });

  it("keeps arrival order among equals and serves one request per turn", () => {
    const { served, push, tasks } = makeQueue();
    push("rows", "rows", "rows");
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(served).toEqual(["rows#1"]);
    push("select");
    tasks.shift()!();
    tasks.shift()!();
    tasks.shift()!();
    expect(served).toEqual(["rows#1", "rows#2", "rows#3", "select#4"]);
    expect(tasks).toHaveLength(0);
  });

  it("goes on after a request throws", () => {
    const served: number[] = [];
    const tasks: (() => void)[] = [];
    const queue = new RequestQueue(
      (req) => {
        served.push(req.id);
        if (req.id === 1) throw new Error("boom");
      },
      (fn) => tasks.push(fn),
    );
    queue.push({ id: 1, method: "count", params: { spec: {} } });
    queue.push({ id: 2, method: "count", params: { spec: {} } });
    expect(() => tasks.shift()!()).toThrow("boom");
    tasks.shift()!();
    expect(served).toEqual([1, 2]);
  });
});
