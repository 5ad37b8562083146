/**
 * What normal actors do: an Action names an API call and its target, and
 * performAction turns it into a full record (choosing keys, instances and
 * functions the way each bucket and team uses them).
 */
import type { DayInfo } from "./calendar";
import { compactMinute } from "./calendar";
import {
  ARTIFACT_BUCKET,
  BACKUP_BUCKET,
  CURRENT_FINANCIAL_KEYS,
  FINANCIAL_BUCKET,
  FINANCIAL_KEYS,
  INSTANCES,
  LAMBDA_FUNCTIONS,
  ROUTINE_POLICIES,
  TRAIL_BUCKET,
  TRANSIENT_USERS,
  artifactKey,
  backupKey,
  listPrefix,
  objectSize,
  prodKey,
} from "./catalog";
import { lookupEvents } from "./events/cloudtrail";
import { ec2Event, type Ec2Op } from "./events/ec2";
import { ACCOUNT_ID, REGION, type Caller, type CloudTrailRecord } from "./events/envelope";
import { iamEvent, iamUniqueId, type IamOp } from "./events/iam";
import { lambdaEvent } from "./events/lambda";
import { s3Event, type S3Op } from "./events/s3";
import type { Rng } from "./rng";

export type Action =
  | { svc: "s3"; op: S3Op; bucket: string; error?: "AccessDenied" | "NoSuchKey" }
  | { svc: "ec2"; op: Ec2Op; denied?: boolean }
  | { svc: "iam"; op: IamOp; denied?: boolean }
  | { svc: "lambda"; op: "Invoke" | "CreateFunction"; fn?: string; trigger?: boolean; denied?: boolean }
  | { svc: "cloudtrail"; op: "LookupEvents" };

const NEW_FUNCTIONS = ["coupon-validator", "promo-banner-renderer", "tax-calculator", "report-mailer", "abandoned-cart-reminder"];
const DRAFTS = ["quarterly-revenue", "forecast-update", "board-deck-notes", "variance-analysis"];

function financialKey(rng: Rng, op: S3Op, error: string | undefined): string {
  if (error === "NoSuchKey") return rng.pick(CURRENT_FINANCIAL_KEYS).replace(/\.(\w+)$/, "-final.$1");
  if (op === "DeleteObject" || (op === "PutObject" && rng.chance(0.5))) {
    return `2026/q4/drafts/${rng.pick(DRAFTS)}-v${rng.int(2, 9)}.xlsx`;
  }
  return rng.chance(0.8) ? rng.pick(CURRENT_FINANCIAL_KEYS) : rng.pick(FINANCIAL_KEYS);
}

function trailLogKey(rng: Rng, ms: number, day: DayInfo): string {
  const [y, m, d] = day.date.split("-");
  return `AWSLogs/${ACCOUNT_ID}/CloudTrail/${REGION}/${y}/${m}/${d}/${ACCOUNT_ID}_CloudTrail_${REGION}_${compactMinute(ms)}_${rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 16)}.json.gz`;
}

function objectKey(rng: Rng, ms: number, day: DayInfo, bucket: string, op: S3Op, error: string | undefined): string {
  switch (bucket) {
    case FINANCIAL_BUCKET:
      return financialKey(rng, op, error);
    case BACKUP_BUCKET:
      return backupKey(rng, day);
    case ARTIFACT_BUCKET:
      return artifactKey(rng);
    case TRAIL_BUCKET:
      return trailLogKey(rng, ms, day);
    default: {
      const key = prodKey(rng, day);
      return error === "NoSuchKey" ? key.replace(/(\d+)\.json$/, (_, n: string) => `${Number(n) + 1}.json`) : key;
    }
  }
}

/** One record for `action`, performed by `caller` at `ms`; `self` is the caller's own user name, if any. */
export function performAction(rng: Rng, ms: number, day: DayInfo, caller: Caller, action: Action, self?: string): CloudTrailRecord {
  const callerArn = String(caller.identity.arn ?? "");
  switch (action.svc) {
    case "s3": {
      const key =
        action.op === "ListBucket" ? listPrefix(rng, action.bucket, day) : objectKey(rng, ms, day, action.bucket, action.op, action.error);
      const size = action.bucket === TRAIL_BUCKET ? 2_000 + (rng.u32() % 40_000) : objectSize(key);
      return s3Event(rng, ms, caller, { op: action.op, bucket: action.bucket, key, size, error: action.error });
    }
    case "ec2":
      return ec2Event(rng, ms, caller, { op: action.op, instanceId: rng.pick(INSTANCES), callerArn, denied: action.denied });
    case "iam": {
      const routine = action.op === "GetUser" && self !== undefined && rng.chance(0.7);
      const userName = routine ? (self as string) : rng.pick(TRANSIENT_USERS);
      return iamEvent(rng, ms, caller, {
        op: action.op,
        userName,
        policyArn: action.op === "AttachUserPolicy" ? rng.pick(ROUTINE_POLICIES) : undefined,
        newUserId: action.op === "CreateUser" ? iamUniqueId(rng, "AIDA") : undefined,
        callerArn,
        denied: action.denied,
      });
    }
    case "lambda": {
      const fn = action.fn ?? (action.op === "CreateFunction" ? rng.pick(NEW_FUNCTIONS) : rng.pick(LAMBDA_FUNCTIONS));
      return lambdaEvent(rng, ms, caller, {
        op: action.op,
        functionName: fn,
        invocationType: action.trigger ? "Event" : "RequestResponse",
        callerArn,
        denied: action.denied,
      });
    }
    case "cloudtrail":
      return lookupEvents(rng, ms, caller, self);
  }
}
