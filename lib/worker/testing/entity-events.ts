/**
 * Seeded events for the entity statistics tests: principals of several types
 * (one with a wildcard in its name, one hostile), IAM changes and S3 reads,
 * writes and lists on a few buckets, errors, bytes, and times that cross
 * nights and weekends.
 */
import type { NormalizedEvent } from "../../cloudtrail/types";
import { makeEvent, rng, uuid } from "../../index/testing/fixtures";

const PRINCIPALS: readonly [string, string][] = [
  ["alex.miller", "IAMUser"],
  ["data-pipeline", "IAMUser"],
  ["order-processor-role", "AssumedRole"],
  ["root", "Root"],
  ["s3.amazonaws.com", "AWSService"],
  ["ops*admin", "IAMUser"],
  ["__proto__", "IAMUser"],
  ["", ""],
];
const CALLS: readonly [string, string][] = [
  ["s3.amazonaws.com", "GetObject"],
  ["s3.amazonaws.com", "GetObject"],
  ["s3.amazonaws.com", "PutObject"],
  ["s3.amazonaws.com", "ListBucket"],
  ["s3.amazonaws.com", "ListObjectsV2"],
  ["s3.amazonaws.com", "DeleteObject"],
  ["s3.amazonaws.com", "GetBucketAcl"],
  ["s3.amazonaws.com", "HeadObject"],
  ["iam.amazonaws.com", "CreateUser"],
  ["iam.amazonaws.com", "AttachUserPolicy"],
  ["iam.amazonaws.com", "CreateAccessKey"],
  ["iam.amazonaws.com", "ListUsers"],
  ["kms.amazonaws.com", "CreateKey"],
  ["ec2.amazonaws.com", "DescribeInstances"],
  // Same name, another service: not an IAM change.
  ["transfer.amazonaws.com", "CreateUser"],
  ["lambda.amazonaws.com", "Invoke"],
];
const BUCKETS = ["faketshirtco-financial-reports", "faketshirtco-prod-data", "faketshirtco-backups", "acme-payroll-exports", "public-assets", "a*b"];
const IPS = ["10.10.30.55", "10.10.20.50", "203.0.113.9", "198.51.100.7", "AWS Internal"];
const AGENTS = ["aws-cli/2.15.0", "Boto3/1.34.0", "S3Console/0.4", "<script>alert(1)</script>", ""];
const ERRORS = ["", "", "", "", "AccessDenied", "NoSuchKey"];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(Math.pow(r(), 1.4) * xs.length)]!;

/** `count` events from a seed, over about three weeks from 2026-01-01 (a Thursday). */
export function entityEvents(seed: number, count: number): NormalizedEvent[] {
  const r = rng(seed);
  const out: NormalizedEvent[] = [];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i++) {
    const time = start + Math.floor(r() * 21 * 86_400_000);
    const [principal, principalType] = pick(r, PRINCIPALS);
    const [eventSource, eventName] = pick(r, CALLS);
    const s3 = eventSource === "s3.amazonaws.com";
    const bucket = s3 && r() < 0.95 ? pick(r, BUCKETS) : "";
    const objectKey = bucket && !eventName.startsWith("List") && eventName !== "GetBucketAcl" ? `2026/q${1 + Math.floor(r() * 4)}/file-${Math.floor(r() * 40)}.xlsx` : "";
    const iam = eventSource === "iam.amazonaws.com";
    out.push(
      makeEvent({
        eventId: uuid(r),
        time,
        hour: new Date(time).getUTCHours(),
        eventName,
        eventSource,
        principal,
        // Now and then a principal shows up with another type, so "most frequent type" is exercised.
        principalType: r() < 0.05 ? "FederatedUser" : principalType,
        principalArn: principal ? `arn:aws:iam::123456789012:${principalType === "AssumedRole" ? "role" : "user"}/${principal}` : "",
        accountId: r() < 0.9 ? "123456789012" : "210987654321",
        sourceIp: pick(r, IPS),
        userAgent: pick(r, AGENTS),
        errorCode: pick(r, ERRORS),
        bucket,
        objectKey,
        targetUser: iam && r() < 0.6 ? pick(r, ["svc-datasync", "alex.miller", "ops*admin"]) : "",
        policyArn: eventName === "AttachUserPolicy" ? "arn:aws:iam::aws:policy/AdministratorAccess" : "",
        bytesOut: eventName === "GetObject" && r() < 0.7 ? Math.floor(r() * 100_000) : NaN,
      }),
    );
  }
  return out;
}
