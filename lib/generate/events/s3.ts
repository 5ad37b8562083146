/** S3 data events: GetObject, PutObject, ListBucket, DeleteObject. */
import type { Json, JsonObject } from "../../cloudtrail/types";
import type { Rng } from "../rng";
import { ACCOUNT_ID, REGION, amzId2, buildRecord, s3RequestId, type CallError, type Caller, type CloudTrailRecord } from "./envelope";

export type S3Op = "GetObject" | "PutObject" | "ListBucket" | "DeleteObject";

export interface S3Call {
  op: S3Op;
  bucket: string;
  /** Object key; for ListBucket the listed prefix. */
  key: string;
  /** Object size for GetObject/PutObject. */
  size?: number;
  error?: "AccessDenied" | "NoSuchKey";
}

const ERRORS: Record<NonNullable<S3Call["error"]>, CallError> = {
  AccessDenied: { code: "AccessDenied", message: "Access Denied" },
  NoSuchKey: { code: "NoSuchKey", message: "The specified key does not exist." },
};

/** One S3 data event (its TLS details are in additionalEventData.CipherSuite, so it carries no tlsDetails block). */
export function s3Event(rng: Rng, ms: number, caller: Caller, call: S3Call): CloudTrailRecord {
  const host = `${call.bucket}.s3.${REGION}.amazonaws.com`;
  const bucketArn = `arn:aws:s3:::${call.bucket}`;
  const bucketResource: JsonObject = { accountId: ACCOUNT_ID, type: "AWS::S3::Bucket", ARN: bucketArn };
  const ok = call.error === undefined;
  let requestParameters: JsonObject;
  let resources: Json[];
  let bytesIn = 0;
  let bytesOut = 0;
  let responseElements: Json = null;
  if (call.op === "ListBucket") {
    requestParameters = { "list-type": "2", bucketName: call.bucket, "encoding-type": "url", prefix: call.key, Host: host };
    resources = [bucketResource];
    if (ok) bytesOut = 2_000 + (rng.u32() % 60_000);
  } else {
    requestParameters = { bucketName: call.bucket, Host: host, key: call.key };
    resources = [{ type: "AWS::S3::Object", ARN: `${bucketArn}/${call.key}` }, bucketResource];
    if (ok && call.op === "GetObject") bytesOut = call.size ?? 0;
    if (ok && call.op === "PutObject") {
      bytesIn = call.size ?? 0;
      responseElements = { "x-amz-server-side-encryption": "AES256" };
    }
  }
  return buildRecord(rng, ms, caller, {
    eventSource: "s3.amazonaws.com",
    eventName: call.op,
    requestParameters,
    responseElements,
    additionalEventData: {
      SignatureVersion: "SigV4",
      CipherSuite: "TLS_AES_128_GCM_SHA256",
      bytesTransferredIn: bytesIn,
      AuthenticationMethod: "AuthHeader",
      "x-amz-id-2": amzId2(rng),
      bytesTransferredOut: bytesOut,
    },
    readOnly: call.op === "GetObject" || call.op === "ListBucket",
    resources,
    category: "Data",
    requestId: s3RequestId(rng),
    host: null,
    error: call.error ? ERRORS[call.error] : undefined,
    eventVersion: "1.09",
  });
}
