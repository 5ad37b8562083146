import { describe, expect, it } from "vitest";
import { readAll } from "../testing/collect";
import { LayerError, peek, readAhead } from "./streams";

/** A stream of the given chunks that then fails (when `fail` is set) or ends. */
function source(chunks: number[][], fail?: Error): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < chunks.length) c.enqueue(new Uint8Array(chunks[i++]));
      else if (fail) c.error(fail);
      else c.close();
    },
  });
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number[]; error?: unknown }> {
  const bytes: number[] = [];
  const reader = stream.getReader();
  try {
    for (;;) {
      const r = await reader.read();
      if (r.done) return { bytes };
      bytes.push(...r.value);
    }
  } catch (error) {
    return { bytes, error };
  }
}

describe("readAhead", () => {
  it("passes every byte through and counts them", async () => {
    const counts: number[] = [];
    const out = await readAll(readAhead(source([[1, 2], [3], [4, 5, 6]]), 2, (n) => counts.push(n)));
    expect([...out]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(counts).toEqual([2, 3, 6]);
  });

  it("delivers the chunks read before a failure, then the failure", async () => {
    const fail = new LayerError("the file is truncated");
    const got = await drain(readAhead(source([[1], [2], [3]], fail), 1 << 20));
    expect(got).toEqual({ bytes: [1, 2, 3], error: fail });
  });
});

describe("peek", () => {
  it("returns the first bytes and a stream that replays them", async () => {
    const { head, stream } = await peek(source([[1, 2], [3, 4], [5]]), 3);
    expect([...head]).toEqual([1, 2, 3, 4]);
    expect([...(await readAll(stream))]).toEqual([1, 2, 3, 4, 5]);
  });

  it("gives a short head for a short stream", async () => {
    const { head, stream } = await peek(source([[9]]), 4);
    expect([...head]).toEqual([9]);
    expect([...(await readAll(stream))]).toEqual([9]);
  });
});
