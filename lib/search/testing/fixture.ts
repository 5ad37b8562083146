/**
 * Test support: load records (or the generated demo) into a Dataset the way
 * the app does, and give a run context that reads raw records back.
 */
import { bytesSource } from "../../cloudtrail/source";
import type { JsonObject } from "../../cloudtrail/types";
import { generateJsonlChunks } from "../../generate/jsonl";
import { Dataset } from "../../worker/dataset";
import { createRecordReader } from "../record-reader";
import type { RunContext } from "../run-context";

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.byteLength;
  }
  return out;
}

/** A context over a dataset ingested from JSON-lines bytes. */
export async function contextOf(bytes: Uint8Array, path = "test.jsonl"): Promise<RunContext & { dataset: Dataset }> {
  const dataset = new Dataset();
  await dataset.ingest([bytesSource(path, bytes)]);
  return { dataset, table: dataset.table, ...createRecordReader(dataset.table, (id) => dataset.leaf(id)), now: Date.UTC(2026, 0, 15) };
}

/** A context over the given records (one JSON line each). */
export function contextOfRecords(records: JsonObject[]): Promise<RunContext & { dataset: Dataset }> {
  return contextOf(new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join("\n") + "\n"));
}

let demo: Promise<RunContext & { dataset: Dataset }> | null = null;

/** The default generated demo (the seed's 14 days), ingested once per test file. */
export function demoContext(): Promise<RunContext & { dataset: Dataset }> {
  demo ??= contextOf(concat([...generateJsonlChunks()]), "aws_cloudtrail.log");
  return demo;
}

let seq = 0;

/** A CloudTrail record with plain defaults, overridden key by key. */
export function makeRecord(overrides: JsonObject = {}): JsonObject {
  seq++;
  return {
    eventVersion: "1.09",
    userIdentity: { type: "IAMUser", arn: "arn:aws:iam::123456789012:user/alex.miller", accountId: "123456789012", userName: "alex.miller" },
    eventTime: "2026-01-05T14:23:45Z",
    eventSource: "s3.amazonaws.com",
    eventName: "GetObject",
    awsRegion: "us-east-1",
    sourceIPAddress: "10.10.30.55",
    userAgent: "aws-cli/2.15.0",
    requestParameters: { bucketName: "faketshirtco-prod-data", key: "a.csv" },
    responseElements: null,
    eventID: `00000000-0000-4000-8000-${String(seq).padStart(12, "0")}`,
    readOnly: true,
    eventType: "AwsApiCall",
    recipientAccountId: "123456789012",
    ...overrides,
  };
}
