/** Raw reads for searches: batched reads return the right record for each row, from plain, gzipped and S3-delivery inputs. */
import { gzipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { runSearch } from "./run";
import { contextOf } from "./testing/fixture";
import { SMALL } from "./testing/small";

const lines = SMALL.map((r) => JSON.stringify(r)).join("\n") + "\n";

const INPUTS: [string, Uint8Array, string][] = [
  ["JSON lines", strToU8(lines), "small.jsonl"],
  ["gzipped JSON lines (no random access)", gzipSync(strToU8(lines)), "small.jsonl.gz"],
  ["S3 delivery file, gzipped", gzipSync(strToU8(JSON.stringify({ Records: SMALL }))), "123456789012_CloudTrail_us-east-1_20260105T0000Z_x.json.gz"],
];

const RAW_SEARCHES = [
  "svc-datasync",
  "AWS::S3 NOT FIN",
  '"bucketName\\":\\"prod"',
  "fin*xlsx",
  "responseElements.user.arn=* OR requestParameters.functionName=process*",
  "NOT resources{}.type=AWS::S3::Object",
];

describe("raw record reads", () => {
  it.each(RAW_SEARCHES)("%s: the same events whether bytes, batched records or single records are read", async (q) => {
    const ctx = await contextOf(strToU8(lines));
    const ids = async (c: typeof ctx): Promise<string[]> => {
      const r = await runSearch(q, c);
      if (r.kind !== "events") throw new Error(r.kind === "error" ? r.error.message : r.kind);
      return [...r.rowIds].map((row) => ctx.table.eventId(row));
    };
    const bytes = await ids(ctx);
    expect(bytes.length).toBeGreaterThan(0);
    expect(await ids({ ...ctx, readViews: undefined })).toEqual(bytes);
    expect(await ids({ ...ctx, readViews: undefined, readRecords: undefined })).toEqual(bytes);
  });

  it.each(INPUTS)("%s: each row gets its own record, in any order", async (_name, bytes, path) => {
    const ctx = await contextOf(bytes, path);
    const rows = Uint32Array.from({ length: ctx.table.size }, (_, i) => ctx.table.size - 1 - i);
    const seen: string[] = new Array(rows.length);
    await ctx.readRecords?.(rows, (i, record) => (seen[i] = String(record.eventID)));
    expect(seen).toEqual([...rows].map((r) => ctx.table.eventId(r)));
    expect((await ctx.readRecord(2)).eventID).toBe(ctx.table.eventId(2));
  });

  it.each(INPUTS)("%s: searches on raw-only fields give the same answers", async (_name, bytes, path) => {
    const ctx = await contextOf(bytes, path);
    const r = await runSearch("resources{}.type=AWS::S3::Bucket | stats dc(resources{}.ARN) AS arns, count", ctx);
    expect(r).toMatchObject({ kind: "table", rows: [[6, 4]] });
    const arn = await runSearch("responseElements.user.arn=* OR requestParameters.functionName=process* | table requestParameters.functionName, responseElements.user.arn", ctx);
    expect(arn).toMatchObject({ rows: [[null, "arn:aws:iam::123456789012:user/svc-datasync"], ["process-orders", null]] });
  });
});
