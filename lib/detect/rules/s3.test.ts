import { describe, it } from "vitest";
import type { Json, JsonObject } from "../../cloudtrail/types";
import { checkCase, type RuleCase } from "../testing/cases";
import { OTHER_ACCOUNT, after, call, s3, user } from "../testing/records";
import { rule as exposure } from "./s3-bucket-exposure";
import { rule as versioning } from "./s3-versioning-suspended";
import { rule as deleted } from "./s3-objects-deleted";
import { rule as download } from "./s3-mass-download";

const T = "2026-01-09T14:00:00Z";
const alex = user("alex.miller");
const jess = user("jessica.ramos");
const FIN = "faketshirtco-financial-reports";
const api = (name: string, who: JsonObject, params: Json, minutes = 0) => call("s3", name, who, params, { eventTime: after(T, minutes) });
const policy = (principal: Json, condition?: Json) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: principal, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*", ...(condition ? { Condition: condition } : {}) }] });

/** `perDay` reads of `bucket` by `who` at 10:00 on each of `days` days starting 2026-01-01. */
function dailyReads(who: JsonObject, bucket: string, days: number, perDay: number, hour = 10): JsonObject[] {
  const out: JsonObject[] = [];
  for (let d = 1; d <= days; d++) {
    for (let i = 0; i < perDay; i++) out.push(s3("GetObject", who, bucket, `daily/${d}/${i}.xlsx`, `2026-01-${String(d).padStart(2, "0")}T${String(hour).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00Z`));
  }
  return out;
}

/** A night burst: `n` reads of `bucket` one minute apart from 01:10 on 2026-01-11. */
const nightBurst = (who: JsonObject, bucket: string, n: number): JsonObject[] =>
  Array.from({ length: n }, (_, i) => s3("GetObject", who, bucket, `2026/q4/file-${i}.xlsx`, after("2026-01-11T01:10:00Z", i), 2_000_000));

const cases: RuleCase[] = [
  { name: "exposure: bucket policy open to everyone", rule: exposure, records: () => [api("PutBucketPolicy", alex, { bucketName: "public-assets", bucketPolicy: policy("*") })], findings: 1, severity: "high", summary: "alex.miller set a bucket policy that lets in everyone on bucket public-assets" },
  { name: "exposure: a sensitive bucket shared with another account is high", rule: exposure, records: () => [api("PutBucketPolicy", alex, { bucketName: FIN, bucketPolicy: policy({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }) })], findings: 1, severity: "high", summary: `account ${OTHER_ACCOUNT}` },
  { name: "exposure: public-read ACL on a sensitive bucket is critical", rule: exposure, records: () => [api("PutBucketAcl", alex, { bucketName: FIN, "x-amz-acl": "public-read" })], findings: 1, severity: "critical" },
  { name: "exposure: Block Public Access turned off", rule: exposure, records: () => [api("PutBucketPublicAccessBlock", alex, { bucketName: "logs", PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true } })], findings: 1, severity: "medium", summary: "turned off Block Public Access (BlockPublicAcls, BlockPublicPolicy)" },
  {
    name: "exposure (negative): a policy for the own account, and Block Public Access fully on",
    rule: exposure,
    records: () => [
      api("PutBucketPolicy", alex, { bucketName: "b", bucketPolicy: policy({ AWS: "arn:aws:iam::123456789012:role/app" }) }),
      api("PutBucketPublicAccessBlock", alex, { bucketName: "b", PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }),
    ],
    findings: 0,
  },
  { name: "versioning: suspended on a backup bucket", rule: versioning, records: () => [api("PutBucketVersioning", alex, { bucketName: "faketshirtco-backups", VersioningConfiguration: { Status: "Suspended" } })], findings: 1, severity: "high", summary: "alex.miller suspended versioning on bucket faketshirtco-backups (medium sensitivity)" },
  { name: "versioning (negative): enabled", rule: versioning, records: () => [api("PutBucketVersioning", alex, { bucketName: "b", VersioningConfiguration: { Status: "Enabled" } })], findings: 0 },
  { name: "deletion: a bucket deleted", rule: deleted, records: () => [api("DeleteBucket", alex, { bucketName: "old-assets" })], findings: 1, severity: "high", summary: "alex.miller deleted bucket old-assets" },
  {
    name: "deletion: a DeleteObjects sweep far above the usual",
    rule: deleted,
    records: () => [
      ...dailyReads(alex, "other", 6, 2),
      ...Array.from({ length: 3 }, (_, i) => call("s3", "DeleteObjects", alex, { bucketName: "faketshirtco-backups", delete: { Object: Array.from({ length: 40 }, (_, k) => ({ Key: `db/${i}-${k}.gz` })) } }, { eventTime: after("2026-01-08T03:00:00Z", i), eventCategory: "Data" })),
    ],
    findings: 1,
    severity: "critical",
    summary: /deleted 120 objects from faketshirtco-backups/,
  },
  {
    name: "deletion (negative): a pipeline deleting as many objects every day",
    rule: deleted,
    records: () => Array.from({ length: 8 * 60 }, (_, i) => s3("DeleteObject", user("data-pipeline"), "tmp", `x/${i}`, `2026-01-0${1 + Math.floor(i / 60)}T09:${String(i % 60).padStart(2, "0")}:00Z`)),
    findings: 0,
  },
  {
    name: "mass download: a night burst on a bucket never read, listed first",
    rule: download,
    records: () => [...dailyReads(alex, "faketshirtco-prod-data", 10, 5), s3("ListBucket", alex, FIN, "", "2026-01-09T15:37:12Z"), ...nightBurst(alex, FIN, 40)],
    findings: 1,
    severity: "critical",
    principal: "alex.miller",
    summary: /^alex\.miller downloaded 40 objects \(40 distinct files, 80\.0 MB\) from faketshirtco-financial-reports \(high sensitivity\) on Sun 2026-01-11 between 01:10 and 01:49 UTC, a bucket they did not read on any of their other active days; they had listed the bucket 1 day before$/,
  },
  {
    name: "mass download: a low-sensitivity bucket without listing is medium",
    rule: download,
    records: () => [...dailyReads(alex, "faketshirtco-prod-data", 10, 5), ...dailyReads(alex, "scratch", 10, 1), ...nightBurst(alex, "scratch", 30)],
    findings: 1,
    severity: "medium",
  },
  {
    name: "mass download (negative): a finance user's usual daily reading",
    rule: download,
    records: () => dailyReads(jess, FIN, 10, 30),
    findings: 0,
  },
  {
    name: "mass download (negative): a few reads are not a sweep",
    rule: download,
    records: () => [...dailyReads(alex, "faketshirtco-prod-data", 10, 5), ...nightBurst(alex, FIN, 5)],
    findings: 0,
  },
];

describe("S3 rules", () => {
  it.each(cases)("$name", checkCase);
});
