import { describe, it } from "vitest";
import type { Json, JsonObject } from "../../cloudtrail/types";
import { checkCase, type RuleCase } from "../testing/cases";
import { after, call, role, user } from "../testing/records";
import { rule as denied } from "./recon-access-denied-burst";
import { rule as enumeration } from "./recon-enumeration-burst";
import { rule as scanner } from "./recon-scanner-user-agent";
import { rule as offHours } from "./off-hours-activity";

const T = "2026-01-09T14:00:00Z";
const alex = user("alex.miller");
const api = (service: string, name: string, who: JsonObject, params: Json, time: string, extra: JsonObject = {}) => call(service, name, who, params, { eventTime: time, ...extra });
const DENIED: JsonObject = { errorCode: "AccessDenied", errorMessage: "not authorized" };
const PROBES: [string, string][] = [
  ["iam", "ListUsers"], ["iam", "ListRoles"], ["s3", "ListBuckets"], ["ec2", "DescribeInstances"], ["ec2", "DescribeSnapshots"],
  ["rds", "DescribeDBInstances"], ["lambda", "ListFunctions20150331"], ["secretsmanager", "ListSecrets"], ["kms", "ListKeys"], ["sts", "GetCallerIdentity"],
  ["dynamodb", "ListTables"], ["ssm", "DescribeParameters"],
];

/** Calls by `who` at `hour` UTC on each of `days` weekdays from Mon 2026-01-05 (skipping the weekend). */
function workdays(who: JsonObject, days: number, hours: number[]): JsonObject[] {
  const out: JsonObject[] = [];
  let day = new Date("2026-01-05T00:00:00Z");
  for (let n = 0; n < days; ) {
    const wd = day.getUTCDay();
    if (wd !== 0 && wd !== 6) {
      for (const h of hours) out.push(api("ec2", "DescribeInstances", who, {}, new Date(day.getTime() + h * 3_600_000).toISOString()));
      n++;
    }
    day = new Date(day.getTime() + 86_400_000);
  }
  return out;
}

const cases: RuleCase[] = [
  {
    name: "denied burst: twelve different calls denied in a minute",
    rule: denied,
    records: () => PROBES.map(([svc, name], i) => api(svc, name, alex, null, after(T, i / 12), DENIED)),
    findings: 1,
    severity: "high",
    summary: /^alex\.miller was denied 12 calls within 55 seconds/,
  },
  {
    name: "denied burst (negative): a job failing a few times an hour, every hour",
    rule: denied,
    records: () => Array.from({ length: 48 }, (_, i) => api("s3", "GetObject", role("nightly"), { bucketName: "x" }, after(T, i * 20), { ...DENIED, eventSource: "s3.amazonaws.com" })),
    findings: 0,
  },
  {
    name: "enumeration: twelve APIs over ten services in two minutes",
    rule: enumeration,
    records: () => PROBES.map(([svc, name], i) => api(svc, name, user("intruder"), null, after(T, i / 6))),
    findings: 1,
    summary: /^intruder made 12 calls to 12 different APIs across 10 services within 2 minutes/,
  },
  {
    name: "enumeration (negative): one service polled all day, and object reads",
    rule: enumeration,
    records: () => [
      ...Array.from({ length: 100 }, (_, i) => api("ec2", i % 2 ? "DescribeInstances" : "DescribeVolumes", role("asg"), null, after(T, i))),
      ...Array.from({ length: 20 }, (_, i) => api("s3", "GetObject", alex, { bucketName: "b", key: `k${i}` }, after(T, i / 10), { eventCategory: "Data" })),
    ],
    findings: 0,
  },
  {
    name: "scanner: Pacu's user agent",
    rule: scanner,
    records: () => [api("iam", "ListUsers", alex, null, T, { userAgent: "aws-cli/1.16.0 Python/3.8 Linux/5.4 botocore/1.12 Pacu" })],
    findings: 1,
    severity: "high",
    summary: "alex.miller made 1 call with Pacu on Fri 2026-01-09 (ListUsers ×1)",
  },
  {
    name: "scanner: an audit tool is medium, and the Kali fingerprint is high",
    rule: scanner,
    records: () => [
      api("iam", "ListUsers", user("auditor"), null, T, { userAgent: "Prowler/4.2.0" }),
      api("s3", "ListBuckets", alex, null, T, { userAgent: "aws-cli/2.15.0 md/awscrt#0.19 ua/2.0 os/linux#6.6.9-amd64 md/distrib#kali.2024" }),
    ],
    findings: 2,
  },
  {
    name: "scanner: Grimoire's execution-environment tag",
    rule: scanner,
    records: () => [api("sts", "GetFederationToken", alex, { name: "x" }, T, { userAgent: "aws-sdk-go-v2/1.32.3 os/linux lang/go#1.23.1 exec-env/grimoire_095724e3 api/sts#1.26.2" })],
    findings: 1,
    summary: "with Grimoire",
  },
  {
    name: "scanner (negative): ordinary SDKs, consoles and words that only contain a tool name",
    rule: scanner,
    records: () => [
      api("iam", "ListUsers", alex, null, T, { userAgent: "aws-cli/2.15.30 Python/3.11.8 Darwin/23.4.0 exe/arm64" }),
      api("iam", "ListUsers", alex, null, T, { userAgent: "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.750]" }),
      api("iam", "ListUsers", alex, null, T, { userAgent: "Boto3/1.34 Python/3.12 Linux/6.1 Botocore/1.34 parroting-app/2.0 kalimba/1.0" }),
    ],
    findings: 0,
  },
  {
    name: "off-hours: activity at 02:00 after two weeks of office hours",
    rule: offHours,
    records: () => [...workdays(alex, 10, [9, 11, 14, 16]), api("s3", "GetObject", alex, { bucketName: "b", key: "k" }, "2026-01-20T02:30:00Z")],
    findings: 1,
    severity: "medium",
    summary: /^alex\.miller was active at 02:00–03:00 UTC on Tue 2026-01-20 \(1 call: GetObject ×1\), hours at which they had not acted in 10 days of history$/,
  },
  {
    name: "off-hours: a weekend by someone who never works weekends",
    rule: offHours,
    records: () => [...workdays(alex, 10, [9, 14]), api("ec2", "DescribeInstances", alex, null, "2026-01-18T10:00:00Z")],
    findings: 1,
    severity: "low",
    summary: "a weekend day",
  },
  {
    name: "off-hours: a principal with no history of its own, at an hour nobody in the account works",
    rule: offHours,
    records: () => [...workdays(alex, 10, [9, 14]), api("iam", "ListUsers", user("svc-datasync"), null, "2026-01-20T03:10:00Z")],
    findings: 1,
    principal: "svc-datasync",
    summary: "hours at which nobody in their account had acted in 10 days of history",
  },
  {
    name: "off-hours (negative): a night-shift robot, an hour late once, and too little history",
    rule: offHours,
    records: () => [
      ...Array.from({ length: 24 * 10 }, (_, h) => api("ec2", "DescribeInstances", role("robot"), null, after("2026-01-05T00:30:00Z", h * 60))),
      ...workdays(alex, 10, [9, 17]),
      api("ec2", "DescribeInstances", alex, null, "2026-01-20T18:40:00Z"),
      ...workdays(user("new.hire"), 3, [10]),
      api("ec2", "DescribeInstances", user("new.hire"), null, "2026-01-08T03:00:00Z"),
    ],
    findings: 0,
  },
];

describe("behaviour rules", () => {
  it.each(cases)("$name", checkCase);
});
