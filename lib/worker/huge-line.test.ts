/**
 * A single 500 MB line (one hostile record, or garbage) must cost one clear
 * per-line error, not a 500 MB string, a hang or a crash, and the good lines
 * around it are kept. The file is made on the fly: its bytes are computed for
 * each slice or chunk read, never held whole.
 */
import { describe, expect, it } from "vitest";
import type { ByteSource } from "../cloudtrail/source";
import { MAX_LINE_BYTES } from "../cloudtrail/text/line-feeder";
import { Dataset } from "./dataset";
import { inProcessPool } from "./parse-pool";

const HUGE = 500_000_000;
const enc = new TextEncoder();

function record(n: number): string {
  return JSON.stringify({
    eventVersion: "1.08",
    userIdentity: { type: "IAMUser", userName: "alice", arn: "arn:aws:iam::123456789012:user/alice", accountId: "123456789012" },
    eventTime: `2026-01-02T03:0${n}:00Z`,
    eventSource: "s3.amazonaws.com",
    eventName: "GetObject",
    awsRegion: "us-east-1",
    eventID: `00000000-0000-4000-8000-00000000000${n}`,
  });
}

/** A virtual file: `head`, then `fill` bytes of "A", then `tail`. Any read longer than twice the line cap fails the test. */
function hugeSource(head: string, fill: number, tail: string): ByteSource {
  const h = enc.encode(head);
  const t = enc.encode(tail);
  const size = h.length + fill + t.length;
  const slice = async (start: number, end: number): Promise<Uint8Array> => {
    end = Math.min(end, size);
    if (end - start > 2 * MAX_LINE_BYTES) throw new Error(`read ${end - start} bytes at once: the long line is being buffered whole`);
    const out = new Uint8Array(Math.max(0, end - start)).fill(65);
    for (let i = start; i < Math.min(end, h.length); i++) out[i - start] = h[i];
    const tailAt = h.length + fill;
    for (let i = Math.max(start, tailAt); i < end; i++) out[i - start] = t[i - tailAt];
    return out;
  };
  return {
    path: "huge.jsonl",
    size,
    slice,
    stream: () => {
      let pos = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (pos >= size) return controller.close();
          const next = Math.min(size, pos + (1 << 20));
          controller.enqueue(await slice(pos, next));
          pos = next;
        },
      });
    },
  };
}

const ONE_LINE = `{"eventVersion":"1.08","userAgent":"`;
const hugeLineMessage = /^this line is 476\.8 MiB, over the 64 MiB limit for one record: skipped$/;

describe.each([
  ["one thread", false],
  ["parse pool", true],
])("a 500 MB line (%s)", (_name, parallel) => {
  const load = async (src: ByteSource) => {
    const d = new Dataset();
    if (parallel) {
      d.pool = inProcessPool();
      d.parallelMinBytes = 1;
    }
    try {
      const [report] = await d.ingest([src]);
      return { report, keys: Array.from({ length: d.table.size }, (_, r) => d.table.eventId(r)) };
    } finally {
      d.pool?.close();
    }
  };

  it("is skipped with its line number and size; the lines around it are kept", async () => {
    const fill = HUGE - ONE_LINE.length - 2;
    const { report, keys } = await load(hugeSource(`${record(1)}\n${ONE_LINE}`, fill, `"}\n${record(3)}\n`));
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0].line).toBe(2);
    expect(report.errors[0].message).toMatch(hugeLineMessage);
    expect(report.errorCount).toBe(1);
    expect(keys).toEqual(["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000003"]);
  });

  it("is skipped when it is the file's last line, without a newline", async () => {
    const { report, keys } = await load(hugeSource(`${record(1)}\n${ONE_LINE}`, HUGE - ONE_LINE.length, ""));
    expect(report.errors.map((e) => e.line)).toEqual([2]);
    expect(report.errors[0].message).toMatch(hugeLineMessage);
    expect(keys).toHaveLength(1);
  });

  it("is skipped when it is the file's first line (read as one JSON document: no line break in sight)", async () => {
    const { report, keys } = await load(hugeSource(ONE_LINE, HUGE - ONE_LINE.length - 2, `"}\n${record(3)}\n`));
    expect(report.errors.map((e) => e.line)).toEqual([1]);
    expect(report.errors[0].message).toBe("a JSON value larger than 64 MiB was skipped");
    expect(keys).toEqual(["00000000-0000-4000-8000-000000000003"]);
  });
});
