import { describe, expect, it } from "vitest";
import { bytesSource } from "../cloudtrail/source";
import { Dataset } from "./dataset";
import { endpointPool, inProcessPool, serveParseRequest, type ParseEndpoint, type ParsePool, type ParseReplyMessage, type ParseRequestMessage } from "./parse-pool";

/** A parse worker over a real MessageChannel: transfer and structured clone as with a Worker. */
function channelEndpoint(): ParseEndpoint {
  const { port1, port2 } = new MessageChannel();
  port1.addEventListener("message", (ev: MessageEvent) => serveParseRequest(ev.data as ParseRequestMessage, (reply, transfer) => port1.postMessage(reply, transfer)));
  port1.start();
  port2.start();
  return {
    postMessage: (m, t) => port2.postMessage(m, t),
    onMessage: (cb) => port2.addEventListener("message", (ev: MessageEvent) => cb(ev.data as ParseReplyMessage)),
    onError: () => undefined,
    terminate: () => {
      port1.close();
      port2.close();
    },
  };
}

function record(i: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    eventVersion: "1.08",
    userIdentity: { type: "IAMUser", userName: `user-${i % 7}`, arn: `arn:aws:iam::123456789012:user/user-${i % 7}`, accountId: "123456789012" },
    eventTime: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    eventSource: "s3.amazonaws.com",
    eventName: i % 3 ? "GetObject" : "ListBucket",
    awsRegion: "us-east-1",
    sourceIPAddress: `10.0.${i % 5}.1`,
    requestParameters: { bucketName: "b", key: `ünïcødé/${i}` },
    eventID: `00000000-0000-4000-8000-${String(i % 900).padStart(12, "0")}`,
    ...extra,
  });
}

/** A JSON-lines file with everything a range boundary could break: duplicates, bad lines, blank and CRLF lines, multi-byte text. */
function hostileFile(): Uint8Array {
  const lines: string[] = [];
  for (let i = 0; i < 1000; i++) {
    lines.push(record(i));
    if (i % 97 === 0) lines.push("{not json");
    if (i % 89 === 0) lines.push("");
    if (i % 83 === 0) lines.push(record(i, { eventTime: "yesterday" }));
  }
  return new TextEncoder().encode(lines.join("\n").replace(/\n(?=\{"eventVersion":"1.08","userIdentity":\{"type":"IAMUser","userName":"user-3")/g, "\r\n") + "\n");
}

async function load(pool: ParsePool | null, bytes: Uint8Array) {
  const d = new Dataset();
  d.pool = pool;
  d.parallelMinBytes = 1;
  d.parallelRangeBytes = 4096;
  const reports = await d.ingest([bytesSource("big.jsonl", bytes)]);
  const rows = Array.from({ length: d.table.size }, (_, r) => [d.table.eventId(r), d.table.value("objectKey", r), d.table.location(r).offset]);
  return { reports, rows };
}

describe("parallel JSON-lines ingest", () => {
  const bytes = hostileFile();

  it.each([
    ["in-process pool", () => inProcessPool()],
    ["two workers over MessageChannel", () => endpointPool([channelEndpoint(), channelEndpoint()])],
  ])("gives exactly the rows, duplicates and line-numbered errors of one pass (%s)", async (_name, makePool) => {
    const single = await load(null, bytes);
    const pool = makePool();
    try {
      const parallel = await load(pool, bytes);
      expect(parallel.rows).toEqual(single.rows);
      expect(parallel.reports).toEqual(single.reports);
      expect(single.reports[0].duplicates).toBe(100);
      expect(single.reports[0].errorCount).toBeGreaterThan(20);
      expect(single.reports[0].errors[0].line).toBe(2);
    } finally {
      pool.close();
    }
  });

  it("rolls back when cancelled mid-file", async () => {
    const d = new Dataset();
    d.pool = endpointPool([channelEndpoint()]);
    d.parallelMinBytes = 1;
    d.parallelRangeBytes = 4096;
    const abort = new AbortController();
    const job = d.ingest([bytesSource("big.jsonl", bytes)], { signal: abort.signal, onProgress: () => abort.abort() });
    await expect(job).rejects.toMatchObject({ name: "AbortError" });
    expect(d.table.size).toBe(0);
    expect(d.summary().files).toEqual([]);
    d.pool.close();
  });
});

describe("parallel ingest sizes the table from its first range", () => {
  it("reserves about the file's record count once, and nothing for a first range without records", async () => {
    const calls: number[] = [];
    const run = async (bytes: Uint8Array) => {
      calls.length = 0;
      const d = new Dataset();
      d.pool = inProcessPool();
      d.parallelMinBytes = 1;
      d.parallelRangeBytes = 4096;
      const reserve = d.table.reserve.bind(d.table);
      d.table.reserve = (rows: number) => {
        calls.push(rows);
        reserve(rows);
      };
      await d.ingest([bytesSource("big.jsonl", bytes)]);
      return d.table.size;
    };
    const lines = Array.from({ length: 2000 }, (_, i) => record(i, { eventID: `00000000-0000-4000-9000-${String(i).padStart(12, "0")}` }));
    const size = await run(new TextEncoder().encode(lines.join("\n") + "\n"));
    expect(size).toBe(2000);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toBeGreaterThan(size * 0.9);
    expect(calls[0]).toBeLessThan(size * 1.2);
    // A first range of blank lines and garbage must not turn into a reservation of millions of rows.
    const junk = new TextEncoder().encode(lines[0] + "\n".repeat(5000) + "x\n".repeat(2000) + lines.slice(1, 11).join("\n") + "\n");
    expect(await run(junk)).toBe(11);
    expect(calls.every((rows) => rows < 2000)).toBe(true);
  });
});
