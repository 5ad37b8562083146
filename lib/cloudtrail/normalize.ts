/**
 * One CloudTrail record → the flat NormalizedEvent every view reads. Runs
 * once per record at ingest (a million times per benchmark), so it reads
 * fields directly and never runs zod. Values may have any JSON type: a
 * non-string where a string belongs reads as "".
 */
import { obj, resolvePrincipal, str } from "./identity";
import { CLOUDTRAIL_TOP_LEVEL_FIELDS } from "./record-fields";
import { INSIGHT_EVENT_TYPE } from "./schema";
import { parseIsoTime, utcHour } from "./time";
import type { Json, JsonObject, NormalizedEvent } from "./types";

export interface NormalizeOptions {
  /** eventTime as epoch ms when the caller has already parsed it; parsed from the record otherwise. */
  time?: number;
  /** Top-level keys a wrapper added (a shipper's `@timestamp`, …): not the record's own extras. */
  ignoreExtras?: ReadonlySet<string>;
}

/** "true" | "false" | "" from a boolean or a "true"/"false" string (some tools write one); "Yes"/"No" too when `yesNo`. */
function flag(v: Json | undefined, yesNo = false): string {
  if (v === true) return "true";
  if (v === false) return "false";
  if (typeof v !== "string") return "";
  const l = v.toLowerCase();
  if (l === "true" || (yesNo && l === "yes")) return "true";
  if (l === "false" || (yesNo && l === "no")) return "false";
  return "";
}

function num(v: Json | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "") return Number(v);
  return NaN;
}

/** Bucket and key of the first S3 resource ARN (`arn:aws:s3:::bucket[/key]`), for records whose requestParameters lack them. */
function s3FromResources(resources: Json | undefined): { bucket: string; key: string } | undefined {
  if (!Array.isArray(resources)) return undefined;
  for (const r of resources) {
    const o = obj(r);
    if (!o) continue;
    const arn = str(o.ARN) || str(o.arn);
    const m = /^arn:[^:]*:s3:::([^/]+)(?:\/(.*))?$/s.exec(arn);
    if (m) return { bucket: m[1], key: m[2] ?? "" };
  }
  return undefined;
}

function extrasOf(rec: JsonObject, ignore: ReadonlySet<string> | undefined): Record<string, string> {
  // Keys are attacker-controlled: a null-prototype object makes "__proto__" an ordinary key.
  const extras: Record<string, string> = Object.create(null);
  for (const k in rec) {
    if (CLOUDTRAIL_TOP_LEVEL_FIELDS.has(k) || (ignore !== undefined && ignore.has(k))) continue;
    const v = rec[k];
    if (typeof v === "string") extras[k] = v;
    else if (typeof v === "number" || typeof v === "boolean") extras[k] = String(v);
  }
  return extras;
}

/** Normalises one record (see NormalizedEvent's field docs). */
export function normalizeRecord(rec: JsonObject, opts: NormalizeOptions = {}): NormalizedEvent {
  const time = opts.time ?? parseIsoTime(str(rec.eventTime));
  const eventType = str(rec.eventType);
  const insight = eventType === INSIGHT_EVENT_TYPE;
  const details = insight ? obj(rec.insightDetails) : undefined;
  const eventName = (details && str(details.eventName)) || str(rec.eventName);
  const eventSource = (details && str(details.eventSource)) || str(rec.eventSource);
  const ui = obj(rec.userIdentity);
  const who = resolvePrincipal(ui, eventSource);
  const recipientAccountId = str(rec.recipientAccountId);
  const rp = obj(rec.requestParameters);
  const aed = obj(rec.additionalEventData);

  let bucket = rp ? str(rp.bucketName) : "";
  let objectKey = rp ? str(rp.key) : "";
  if (bucket === "" || objectKey === "") {
    const fromArn = s3FromResources(rec.resources);
    if (fromArn && (bucket === "" || bucket === fromArn.bucket)) {
      bucket = fromArn.bucket;
      if (objectKey === "") objectKey = fromArn.key;
    }
  }

  let mfa = "";
  if (ui) mfa = flag(obj(obj(ui.sessionContext)?.attributes)?.mfaAuthenticated);
  if (mfa === "" && aed) mfa = flag(aed.MFAUsed, true);

  return {
    eventId: str(rec.eventID),
    time,
    hour: Number.isNaN(time) ? NaN : utcHour(time),
    kind: insight ? "insight" : "event",
    eventName,
    eventSource,
    eventType,
    eventCategory: str(rec.eventCategory),
    eventVersion: str(rec.eventVersion),
    principal: who.principal,
    principalType: who.principalType,
    principalArn: who.principalArn,
    identityType: ui ? str(ui.type) : "",
    userName: ui ? str(ui.userName) : "",
    sessionName: who.sessionName,
    invokedBy: ui ? str(ui.invokedBy) : "",
    accessKeyId: ui ? str(ui.accessKeyId) : "",
    accountId: (ui && str(ui.accountId)) || recipientAccountId,
    recipientAccountId,
    region: str(rec.awsRegion),
    sourceIp: str(rec.sourceIPAddress),
    userAgent: str(rec.userAgent),
    errorCode: str(rec.errorCode),
    errorMessage: str(rec.errorMessage),
    readOnly: flag(rec.readOnly),
    mfa,
    bucket,
    objectKey,
    targetUser: rp ? str(rp.userName) : "",
    policyArn: rp ? str(rp.policyArn) : "",
    roleName: rp ? str(rp.roleName) : "",
    bytesOut: aed ? num(aed.bytesTransferredOut) : NaN,
    bytesIn: aed ? num(aed.bytesTransferredIn) : NaN,
    extras: extrasOf(rec, opts.ignoreExtras),
  };
}
