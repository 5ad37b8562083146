/**
 * Test fixtures for the index: a NormalizedEvent factory and a seeded
 * generator of varied events (skewed value pools, absent values, extras,
 * non-UUID and duplicate ids, times roughly but not strictly in order).
 */
import type { NormalizedEvent, RecordLocation } from "../../cloudtrail/types";
import { EventTable } from "../table";

/** A complete NormalizedEvent with plain defaults, overridden field by field. */
export function makeEvent(overrides: Partial<NormalizedEvent> = {}): NormalizedEvent {
  const time = overrides.time ?? Date.UTC(2026, 0, 5, 14, 23, 45);
  return {
    eventId: "",
    time,
    hour: new Date(time).getUTCHours(),
    kind: "event",
    eventName: "GetObject",
    eventSource: "s3.amazonaws.com",
    eventType: "AwsApiCall",
    eventCategory: "Data",
    eventVersion: "1.08",
    principal: "alex.miller",
    principalType: "IAMUser",
    principalArn: "arn:aws:iam::123456789012:user/alex.miller",
    identityType: "IAMUser",
    userName: "alex.miller",
    sessionName: "",
    invokedBy: "",
    accessKeyId: "AKIAEXAMPLE",
    accountId: "123456789012",
    recipientAccountId: "123456789012",
    region: "us-east-1",
    sourceIp: "10.10.30.55",
    userAgent: "aws-cli/2.15.0",
    errorCode: "",
    errorMessage: "",
    readOnly: "true",
    mfa: "",
    bucket: "",
    objectKey: "",
    targetUser: "",
    policyArn: "",
    roleName: "",
    bytesOut: NaN,
    bytesIn: NaN,
    extras: {},
    ...overrides,
  };
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A lowercase UUID from the PRNG. */
export function uuid(r: () => number): string {
  let s = "";
  for (let i = 0; i < 32; i++) {
    if (i === 8 || i === 12 || i === 16 || i === 20) s += "-";
    s += Math.floor(r() * 16).toString(16);
  }
  return s;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(Math.pow(r(), 1.6) * xs.length)];

const NAMES = ["GetObject", "PutObject", "ListBucket", "DescribeInstances", "CreateUser", "AttachUserPolicy", "Invoke", "ConsoleLogin", "AssumeRole", "LookupEvents"];
const SOURCES = ["s3.amazonaws.com", "ec2.amazonaws.com", "iam.amazonaws.com", "lambda.amazonaws.com", "cloudtrail.amazonaws.com", "sts.amazonaws.com"];
const PRINCIPALS = ["alex.miller", "data-pipeline", "order-processor-role", "root", "ec2.amazonaws.com", "Alex.Miller", "jmerckle", ""];
const BUCKETS = ["", "", "faketshirtco-financial-reports", "faketshirtco-prod-data", "faketshirtco-backups", "logs*bucket"];
const ERRORS = ["", "", "", "", "", "AccessDenied", "NoSuchKey", "UnauthorizedOperation"];
const IPS = ["10.10.30.55", "10.10.20.50", "203.0.113.9", "198.51.100.7", "s3.amazonaws.com", "AWS Internal"];
const AGENTS = ["aws-cli/2.15.0", "Boto3/1.34.0", "console.amazonaws.com", "<script>alert(1)</script>", "S3Console/0.4", ""];

/** `count` varied events from a seed; about 1 in 40 ids repeats an earlier one and 1 in 25 is not a UUID. */
export function randomEvents(seed: number, count: number, opts: { start?: number; extras?: boolean } = {}): NormalizedEvent[] {
  const r = rng(seed);
  const start = opts.start ?? Date.UTC(2026, 0, 1);
  const out: NormalizedEvent[] = [];
  let time = start;
  for (let i = 0; i < count; i++) {
    // Mostly forward in time, sometimes a step back (files of overlapping windows).
    time += r() < 0.1 ? -Math.floor(r() * 3_600_000) : Math.floor(r() * 2 * 3_600_000);
    const roll = r();
    const eventId =
      roll < 0.025 && out.length > 0 ? out[Math.floor(r() * out.length)].eventId : roll < 0.065 ? `ID-${Math.floor(r() * 1e6)}` : roll < 0.075 ? "" : uuid(r);
    const extras: Record<string, string> = {};
    if (opts.extras !== false && r() < 0.2) extras.demo_id = r() < 0.7 ? "exfil" : "baseline";
    if (opts.extras !== false && r() < 0.05) extras["@version"] = String(1 + Math.floor(r() * 3));
    const bucket = pick(r, BUCKETS);
    out.push(
      makeEvent({
        eventId,
        time,
        hour: new Date(time).getUTCHours(),
        kind: r() < 0.03 ? "insight" : "event",
        eventName: pick(r, NAMES),
        eventSource: pick(r, SOURCES),
        principal: pick(r, PRINCIPALS),
        sourceIp: pick(r, IPS),
        userAgent: pick(r, AGENTS),
        errorCode: pick(r, ERRORS),
        readOnly: pick(r, ["true", "false", ""]),
        region: pick(r, ["us-east-1", "us-west-2", "eu-west-1"]),
        bucket,
        objectKey: bucket ? `2026/q${1 + Math.floor(r() * 4)}/file-${Math.floor(r() * 50)}.xlsx` : "",
        bytesOut: bucket && r() < 0.7 ? Math.floor(r() * 5000) : NaN,
        bytesIn: r() < 0.02 ? Math.floor(r() * 100) : NaN,
        extras,
      }),
    );
  }
  return out;
}

/** A plausible location for the i-th record of a file. */
export function locationOf(i: number, sourceId = 0): RecordLocation {
  return { sourceId, offset: i * 1000, length: 900 + (i % 100) };
}

/** A table loaded with `events` (duplicates rejected as usual). */
export function buildTable(events: readonly NormalizedEvent[]): EventTable {
  const t = new EventTable();
  events.forEach((ev, i) => t.append(ev, locationOf(i)));
  return t;
}
