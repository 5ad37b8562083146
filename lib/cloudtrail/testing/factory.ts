/**
 * Fixture factories for the cloudtrail tests: records, wrapped records, and
 * sources that hand out bytes in awkward chunk sizes. Test support only.
 */
import type { ByteSource } from "../source";
import type { Json, JsonObject } from "../types";

type Overrides = { [key: string]: Json | undefined };

let counter = 0;

/** A deterministic UUID-shaped id, distinct per call. */
export function nextEventId(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`;
}

/** Applies overrides on a copy; an `undefined` value deletes the key. */
function apply(base: JsonObject, overrides: Overrides): JsonObject {
  const out: JsonObject = JSON.parse(JSON.stringify(base));
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** A realistic S3 GetObject record by alex.miller (the seed's example), with a fresh eventID. */
export function makeRecord(overrides: Overrides = {}): JsonObject {
  return apply(
    {
      eventVersion: "1.09",
      userIdentity: {
        type: "IAMUser",
        principalId: "AIDAEXAMPLEALEX00001",
        arn: "arn:aws:iam::123456789012:user/alex.miller",
        accountId: "123456789012",
        accessKeyId: "AKIAEXAMPLEALEX0001",
        userName: "alex.miller",
      },
      eventTime: "2026-01-12T03:15:00Z",
      eventSource: "s3.amazonaws.com",
      eventName: "GetObject",
      awsRegion: "us-east-1",
      sourceIPAddress: "10.10.30.55",
      userAgent: "aws-cli/2.15.0 Python/3.11.6",
      requestParameters: { bucketName: "faketshirtco-financial-reports", key: "2026/q4/annual-financial-report.xlsx" },
      responseElements: null,
      additionalEventData: { bytesTransferredIn: 0, bytesTransferredOut: 48213 },
      requestID: "8F2C3A1B4D5E6F70",
      eventID: nextEventId(),
      readOnly: true,
      eventType: "AwsApiCall",
      managementEvent: false,
      recipientAccountId: "123456789012",
      eventCategory: "Data",
    },
    overrides,
  );
}

/** An Insights record (eventName/eventSource inside insightDetails). */
export function makeInsight(overrides: Overrides = {}): JsonObject {
  return apply(
    {
      eventVersion: "1.07",
      eventTime: "2026-01-11T02:00:00Z",
      awsRegion: "us-east-1",
      eventID: nextEventId(),
      eventType: "AwsCloudTrailInsight",
      recipientAccountId: "123456789012",
      sharedEventID: "7bb0a0c1-22b3-4c03-94af-c74a10c8a7c0",
      insightDetails: {
        state: "Start",
        eventSource: "s3.amazonaws.com",
        eventName: "GetObject",
        insightType: "ApiCallRateInsight",
        insightContext: { statistics: { baseline: { average: 0.01 }, insight: { average: 4.2 } } },
      },
      eventCategory: "Insight",
    },
    overrides,
  );
}

/** The `aws cloudtrail lookup-events` element for a record. */
export function lookupEvent(rec: JsonObject): JsonObject {
  return {
    EventId: rec.eventID ?? "",
    EventName: rec.eventName ?? "",
    ReadOnly: String(rec.readOnly ?? ""),
    EventTime: rec.eventTime ?? "",
    EventSource: rec.eventSource ?? "",
    Username: "alex.miller",
    Resources: [],
    CloudTrailEvent: JSON.stringify(rec),
  };
}

/** An EventBridge envelope whose detail is the record. */
export function eventBridgeEnvelope(rec: JsonObject): JsonObject {
  return {
    version: "0",
    id: "6f3bd1a2-51c1-4b1c-9bd0-2cd6f1a1e1c3",
    "detail-type": "AWS API Call via CloudTrail",
    source: "aws.s3",
    account: "123456789012",
    time: rec.eventTime ?? "2026-01-12T03:15:00Z",
    region: "us-east-1",
    resources: [],
    detail: rec,
  };
}

/** Text encoded as UTF-8. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** One JSON value per line. */
export function jsonLines(values: Json[], eol = "\n"): string {
  return values.map((v) => JSON.stringify(v)).join(eol) + eol;
}

/** A ByteSource whose stream hands out `chunk`-byte pieces (to put chunk boundaries inside records). */
export function chunkedSource(path: string, bytes: Uint8Array, chunk: number, opts: { slice?: boolean } = {}): ByteSource {
  return {
    path,
    size: bytes.byteLength,
    stream: () => {
      let pos = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pos >= bytes.byteLength) {
            controller.close();
            return;
          }
          controller.enqueue(bytes.slice(pos, pos + chunk));
          pos += chunk;
        },
      });
    },
    slice: opts.slice === false ? undefined : async (start, end) => bytes.slice(start, end),
  };
}
