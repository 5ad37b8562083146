/**
 * A small hand-made dataset for the command and search tests: six events
 * whose expected answers can be read off by eye.
 */
import type { JsonObject } from "../../cloudtrail/types";
import type { SearchResult } from "../result";
import { runSearch } from "../run";
import type { RunContext } from "../run-context";
import { contextOfRecords, makeRecord } from "./fixture";

const role = {
  type: "AssumedRole",
  arn: "arn:aws:sts::123456789012:assumed-role/order-processor-role/s1",
  accountId: "123456789012",
  sessionContext: { sessionIssuer: { type: "Role", arn: "arn:aws:iam::123456789012:role/order-processor-role", userName: "order-processor-role" } },
};
const user = (name: string): JsonObject => ({ type: "IAMUser", arn: `arn:aws:iam::123456789012:user/${name}`, accountId: "123456789012", userName: name });
const s3 = (bucket: string, key: string): JsonObject[] => [
  { type: "AWS::S3::Object", ARN: `arn:aws:s3:::${bucket}/${key}` },
  { type: "AWS::S3::Bucket", ARN: `arn:aws:s3:::${bucket}` },
];

/** The six events, oldest first (row i = SMALL[i]). */
export const SMALL: JsonObject[] = [
  makeRecord({ eventTime: "2026-01-05T01:10:00Z", userIdentity: user("alex.miller"), requestParameters: { bucketName: "fin", key: "a.xlsx" }, additionalEventData: { bytesTransferredOut: 100 }, resources: s3("fin", "a.xlsx"), demo_id: "exfil" }),
  makeRecord({ eventTime: "2026-01-05T03:00:00Z", userIdentity: user("alex.miller"), requestParameters: { bucketName: "fin", key: "b.docx" }, additionalEventData: { bytesTransferredOut: 300 }, resources: s3("fin", "b.docx"), demo_id: "exfil" }),
  makeRecord({ eventTime: "2026-01-05T14:00:00Z", eventName: "PutObject", userIdentity: user("bob"), sourceIPAddress: "10.10.30.12", requestParameters: { bucketName: "prod", key: "c.csv" }, additionalEventData: { bytesTransferredOut: 0 }, resources: s3("prod", "c.csv"), readOnly: false }),
  makeRecord({ eventTime: "2026-01-06T09:00:00Z", eventSource: "lambda.amazonaws.com", eventName: "Invoke", userIdentity: role, sourceIPAddress: "10.10.20.61", requestParameters: { functionName: "process-orders" }, errorCode: "AccessDenied", readOnly: false }),
  makeRecord({ eventTime: "2026-01-06T23:30:00Z", eventSource: "iam.amazonaws.com", eventName: "CreateUser", userIdentity: user("mike.chen"), sourceIPAddress: "10.10.30.12", requestParameters: { userName: "svc-datasync" }, responseElements: { user: { userName: "svc-datasync", arn: "arn:aws:iam::123456789012:user/svc-datasync" } }, readOnly: false }),
  makeRecord({ eventTime: "2026-01-07T12:00:00Z", userIdentity: user("bob"), sourceIPAddress: "10.10.30.12", requestParameters: { bucketName: "prod", key: "a.xlsx" }, additionalEventData: { bytesTransferredOut: 50 }, resources: s3("prod", "a.xlsx") }),
];

let ctx: Promise<RunContext> | null = null;

/** The small dataset, loaded once per test file. */
export function smallContext(): Promise<RunContext> {
  ctx ??= contextOfRecords(SMALL);
  return ctx;
}

/** Runs a search on the small dataset and returns its table (throws on an error result). */
export async function run(query: string): Promise<Exclude<SearchResult, { kind: "error" }>> {
  const r = await runSearch(query, await smallContext());
  if (r.kind === "error") throw new Error(`${query}: ${r.error.message} at ${r.error.start}-${r.error.end}`);
  return r;
}

/** The eventIDs of the rows an event search returns, in result order, as indices into SMALL. */
export async function eventIndices(query: string): Promise<number[]> {
  const r = await run(query);
  if (r.kind !== "events") throw new Error(`${query}: expected events, got ${r.kind}`);
  const t = (await smallContext()).table;
  return [...r.rowIds].map((row) => SMALL.findIndex((rec) => rec.eventID === t.eventId(row)));
}
