/**
 * The common CloudTrail envelope: every generated record is built here, with
 * its keys in the order AWS writes them, so all event builders share one shape.
 */
import type { Json, JsonObject } from "../../cloudtrail/types";
import { isoSeconds } from "../calendar";
import type { Rng } from "../rng";

export const ACCOUNT_ID = "123456789012";
export const REGION = "us-east-1";

/** A generated CloudTrail record. Nested identity objects may be shared between records (they are frozen): treat records as read-only. */
export type CloudTrailRecord = JsonObject & { eventTime: string; eventName: string; eventSource: string };

/** Who makes a call, as CloudTrail sees it. */
export interface Caller {
  identity: JsonObject;
  sourceIp: string;
  userAgent: string;
  /** Whether the record carries tlsDetails (direct SDK/CLI calls do; console and AWS-service calls here do not). */
  tls: boolean;
}

export interface CallError {
  code: string;
  message: string;
}

/** What one API call did. */
export interface CallSpec {
  eventSource: string;
  eventName: string;
  requestParameters: Json;
  responseElements: Json;
  additionalEventData?: JsonObject;
  readOnly: boolean;
  resources?: Json[];
  category: "Management" | "Data";
  requestId: string;
  /** Host header of the request, for tlsDetails; null for events that carry none. */
  host: string | null;
  error?: CallError;
  eventVersion?: string;
}

const TLS_SUITES = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "ECDHE-RSA-AES128-GCM-SHA256"] as const;
const S3_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const REQUEST_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** An S3-style request id (16 upper-case alphanumerics). */
export function s3RequestId(rng: Rng): string {
  return rng.chars(REQUEST_ID_ALPHABET, 16);
}

/** An S3 x-amz-id-2 value (base64-looking, 76 characters). */
export function amzId2(rng: Rng): string {
  return rng.chars(S3_ID_ALPHABET, 76);
}

/** Builds one full record at time `ms`. */
export function buildRecord(rng: Rng, ms: number, caller: Caller, spec: CallSpec): CloudTrailRecord {
  const r: JsonObject = {
    eventVersion: spec.eventVersion ?? "1.09",
    userIdentity: caller.identity,
    eventTime: isoSeconds(ms),
    eventSource: spec.eventSource,
    eventName: spec.eventName,
    awsRegion: REGION,
    sourceIPAddress: caller.sourceIp,
    userAgent: caller.userAgent,
  };
  if (spec.error) {
    r.errorCode = spec.error.code;
    r.errorMessage = spec.error.message;
  }
  r.requestParameters = spec.requestParameters;
  r.responseElements = spec.error ? null : spec.responseElements;
  if (spec.additionalEventData) r.additionalEventData = spec.additionalEventData;
  r.requestID = spec.requestId;
  r.eventID = rng.uuid();
  r.readOnly = spec.readOnly;
  if (spec.resources) r.resources = spec.resources;
  r.eventType = "AwsApiCall";
  r.managementEvent = spec.category === "Management";
  r.recipientAccountId = ACCOUNT_ID;
  r.eventCategory = spec.category;
  if (caller.tls && spec.host !== null) {
    const suite = TLS_SUITES[rng.u32() % 3];
    r.tlsDetails = {
      tlsVersion: suite.startsWith("TLS_") ? "TLSv1.3" : "TLSv1.2",
      cipherSuite: suite,
      clientProvidedHostHeader: spec.host,
    };
  }
  return r as CloudTrailRecord;
}
