/**
 * What counts as a CloudTrail record. One zod schema states it (lenient:
 * unknown fields kept, optional fields optional; strict on eventTime,
 * eventName and eventSource). zod per record is too slow for a million
 * records, so `isCloudTrailRecord` gives the same verdict by hand and runs
 * first; zod only runs on a failure, to say precisely what is wrong.
 */
import { z } from "../zod";
import { isIsoTime, parseIsoTime } from "./time";
import type { Json, JsonObject } from "./types";

/** eventType of CloudTrail Insights records, whose eventName/eventSource sit in insightDetails. */
export const INSIGHT_EVENT_TYPE = "AwsCloudTrailInsight";

const text = z.string().nullish();
const nonEmpty = z.string().min(1);
const eventTimeSchema = z.string().refine(isIsoTime, { message: "not an ISO-8601 time" });

export const userIdentitySchema = z.looseObject({
  type: text,
  principalId: text,
  arn: text,
  accountId: text,
  accessKeyId: text,
  userName: text,
  invokedBy: text,
});
export type UserIdentity = z.infer<typeof userIdentitySchema>;

/** Optional top-level fields whose type matters to the views are typed; everything else passes through untouched. */
const common = {
  eventTime: eventTimeSchema,
  eventVersion: text,
  eventID: text,
  eventCategory: text,
  awsRegion: text,
  sourceIPAddress: text,
  userAgent: text,
  errorCode: text,
  errorMessage: text,
  recipientAccountId: text,
  requestID: text,
  userIdentity: userIdentitySchema.nullish(),
  readOnly: z.union([z.boolean(), z.string()]).nullish(),
};

export const eventRecordSchema = z.looseObject({
  ...common,
  eventType: text,
  eventName: nonEmpty,
  eventSource: nonEmpty,
});

export const insightRecordSchema = z.looseObject({
  ...common,
  eventType: z.literal(INSIGHT_EVENT_TYPE),
  eventName: text,
  eventSource: text,
  insightDetails: z.looseObject({ eventName: nonEmpty, eventSource: nonEmpty }),
});

/** A CloudTrail record: an API/service/sign-in event, or an Insights event. */
export const cloudTrailRecordSchema = z.union([eventRecordSchema, insightRecordSchema]);
export type CloudTrailRecord = z.infer<typeof cloudTrailRecordSchema>;

function isObj(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isText(v: Json | undefined): boolean {
  return v === undefined || v === null || typeof v === "string";
}

function isNonEmpty(v: Json | undefined): boolean {
  return typeof v === "string" && v.length > 0;
}

/**
 * eventTime of a record passing the common checks, else NaN. Fields are read
 * by name, not by looping over key lists: keyed loads with varying keys are
 * several times slower, and this runs a million times per ingest.
 */
function commonTime(r: JsonObject): number {
  const t = r.eventTime;
  if (typeof t !== "string") return NaN;
  const ms = parseIsoTime(t);
  if (Number.isNaN(ms)) return NaN;
  if (!(isText(r.eventVersion) && isText(r.eventID) && isText(r.eventCategory) && isText(r.awsRegion) && isText(r.sourceIPAddress))) return NaN;
  if (!(isText(r.userAgent) && isText(r.errorCode) && isText(r.errorMessage) && isText(r.recipientAccountId) && isText(r.requestID))) return NaN;
  const ro = r.readOnly;
  if (!(ro === undefined || ro === null || typeof ro === "boolean" || typeof ro === "string")) return NaN;
  const ui = r.userIdentity;
  if (ui === undefined || ui === null) return ms;
  if (!isObj(ui)) return NaN;
  const ok = isText(ui.type) && isText(ui.principalId) && isText(ui.arn) && isText(ui.accountId) && isText(ui.accessKeyId) && isText(ui.userName) && isText(ui.invokedBy);
  return ok ? ms : NaN;
}

/**
 * eventTime (epoch ms) of a valid record, NaN when `cloudTrailRecordSchema`
 * would reject it. The ingest hot path's validity test: it parses the time once.
 */
export function validRecordTime(r: JsonObject): number {
  const ms = commonTime(r);
  if (Number.isNaN(ms)) return NaN;
  if (isText(r.eventType) && isNonEmpty(r.eventName) && isNonEmpty(r.eventSource)) return ms;
  const d = r.insightDetails;
  const insightOk = r.eventType === INSIGHT_EVENT_TYPE && isText(r.eventName) && isText(r.eventSource) && isObj(d) && isNonEmpty(d.eventName) && isNonEmpty(d.eventSource);
  return insightOk ? ms : NaN;
}

/** Same verdict as `cloudTrailRecordSchema.safeParse(r).success`, without zod's cost. */
export function isCloudTrailRecord(r: JsonObject): boolean {
  return !Number.isNaN(validRecordTime(r));
}

function valueAt(root: Json, path: readonly PropertyKey[]): Json | undefined {
  let v: Json | undefined = root;
  for (const key of path) {
    if (!isObj(v) && !Array.isArray(v)) return undefined;
    v = Object.hasOwn(v, key as string) ? (v as Record<string, Json>)[key as string] : undefined;
  }
  return v;
}

function show(v: Json | undefined): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function describeIssue(rec: JsonObject, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  const value = valueAt(rec, issue.path);
  if (value === undefined && issue.code === "invalid_type") return `missing ${path}`;
  if (path === "eventTime" && issue.code !== "invalid_type") return `eventTime is not an ISO-8601 time: ${show(value)}`;
  switch (issue.code) {
    case "invalid_type":
      return `${path} must be ${issue.expected === "object" ? "an object" : `a ${issue.expected}`}, found ${show(value)}`;
    case "too_small":
      return `${path} is empty`;
    default:
      return `${path}: ${issue.message}`;
  }
}

/** Why `r` is not a CloudTrail record, or null when it is one. */
export function recordProblem(r: JsonObject): string | null {
  if (isCloudTrailRecord(r)) return null;
  // The union's own message would mix both branches; the record says which one it means.
  const schema = r.eventType === INSIGHT_EVENT_TYPE ? insightRecordSchema : eventRecordSchema;
  const result = schema.safeParse(r);
  if (result.success) return "not a CloudTrail record";
  return result.error.issues
    .slice(0, 3)
    .map((i) => describeIssue(r, i))
    .join("; ");
}
