import { describe, it } from "vitest";
import type { Json, JsonObject } from "../../cloudtrail/types";
import { checkCase, type RuleCase } from "../testing/cases";
import { after, call, makeRecord, role, root, user } from "../testing/records";
import { rule as tampering } from "./cloudtrail-tampering";
import { rule as guardduty } from "./guardduty-disabled";
import { rule as config } from "./config-recorder-stopped";
import { rule as flowLogs } from "./vpc-flow-logs-deleted";
import { rule as rootUsage } from "./root-account-usage";
import { rule as noMfa } from "./console-login-without-mfa";
import { rule as spraying } from "./console-login-spraying";

const T = "2026-01-09T14:00:00Z";
const alex = user("alex.miller");
const api = (service: string, name: string, who: JsonObject, params: Json, minutes = 0, extra: JsonObject = {}) =>
  call(service, name, who, params, { eventTime: after(T, minutes), ...extra });
const denied: JsonObject = { errorCode: "AccessDenied", errorMessage: "User is not authorized" };

/** A ConsoleLogin as CloudTrail writes it (success, or a failure with errorMessage). */
function login(who: JsonObject, opts: { ok?: boolean; mfa?: boolean; ip?: string; minutes?: number } = {}): JsonObject {
  const ok = opts.ok ?? true;
  return makeRecord({
    eventSource: "signin.amazonaws.com",
    eventName: "ConsoleLogin",
    eventType: "AwsConsoleSignIn",
    eventCategory: "Management",
    eventTime: after(T, opts.minutes ?? 0),
    userIdentity: who,
    sourceIPAddress: opts.ip ?? "203.0.113.7",
    userAgent: "Mozilla/5.0",
    requestParameters: null,
    responseElements: { ConsoleLogin: ok ? "Success" : "Failure" },
    additionalEventData: { LoginTo: "https://console.aws.amazon.com/console/home", MobileVersion: "No", MFAUsed: opts.mfa ? "Yes" : "No" },
    errorMessage: ok ? undefined : "Failed authentication",
    readOnly: false,
  });
}

const sprayUsers = ["ana", "ben", "cai", "dee", "eli", "fay"];

const cases: RuleCase[] = [
  { name: "trail tampering: StopLogging", rule: tampering, records: () => [api("cloudtrail", "StopLogging", alex, { name: "main-trail" })], findings: 1, severity: "high", summary: "alex.miller stopped logging on trail main-trail" },
  {
    name: "trail tampering: event selectors that drop management events",
    rule: tampering,
    records: () => [api("cloudtrail", "PutEventSelectors", alex, { trailName: "main-trail", eventSelectors: [{ includeManagementEvents: false, readWriteType: "ReadOnly" }] })],
    findings: 1,
    severity: "high",
    summary: "no longer logs all management events",
  },
  { name: "trail tampering: a denied DeleteTrail is still reported, lower", rule: tampering, records: () => [api("cloudtrail", "DeleteTrail", alex, { name: "t" }, 0, denied)], findings: 1, severity: "medium", summary: "tried (and failed) to delete trail t" },
  { name: "trail tampering (negative): reading trail status", rule: tampering, records: () => [api("cloudtrail", "GetTrailStatus", alex, { name: "t" }), api("cloudtrail", "LookupEvents", alex, null)], findings: 0 },
  { name: "GuardDuty: detector deleted", rule: guardduty, records: () => [api("guardduty", "DeleteDetector", alex, { detectorId: "d-1" })], findings: 1, summary: "alex.miller deleted GuardDuty detector d-1 in us-east-1" },
  { name: "GuardDuty: detector disabled", rule: guardduty, records: () => [api("guardduty", "UpdateDetector", alex, { detectorId: "d-1", enable: false })], findings: 1, summary: "disabled GuardDuty detector d-1" },
  { name: "GuardDuty (negative): detector settings changed but enabled", rule: guardduty, records: () => [api("guardduty", "UpdateDetector", alex, { detectorId: "d-1", enable: true, findingPublishingFrequency: "SIX_HOURS" })], findings: 0 },
  { name: "Config: recorder stopped", rule: config, records: () => [api("config", "StopConfigurationRecorder", alex, { configurationRecorderName: "default" })], findings: 1, summary: "alex.miller stopped the AWS Config recorder" },
  { name: "Config (negative): recorder started", rule: config, records: () => [api("config", "StartConfigurationRecorder", alex, { configurationRecorderName: "default" })], findings: 0 },
  { name: "flow logs: deleted", rule: flowLogs, records: () => [api("ec2", "DeleteFlowLogs", alex, { DeleteFlowLogsRequest: { FlowLogId: { content: "fl-1" } } })], findings: 1, severity: "high", summary: "alex.miller deleted VPC flow logs in us-east-1" },
  {
    name: "flow logs: deleted while tearing the VPC down is low",
    rule: flowLogs,
    records: () => [api("ec2", "DeleteFlowLogs", alex, {}), api("ec2", "DeleteVpc", alex, { vpcId: "vpc-1" }, 3)],
    findings: 1,
    severity: "low",
    summary: "while deleting a VPC",
  },
  { name: "flow logs (negative): flow logs created", rule: flowLogs, records: () => [api("ec2", "CreateFlowLogs", alex, {})], findings: 0 },
  {
    name: "root usage: root changes something",
    rule: rootUsage,
    records: () => [api("iam", "CreateAccessKey", root(), null), api("iam", "ListUsers", root(), null, 2)],
    findings: 1,
    severity: "high",
    principal: "root",
    summary: "The root user of account 123456789012 made 2 calls on Fri 2026-01-09",
  },
  {
    name: "root usage (negative): AWS service events and calls on root's behalf",
    rule: rootUsage,
    records: () => [
      api("kms", "RotateKey", root(), null, 0, { eventType: "AwsServiceEvent" }),
      api("s3", "GetBucketAcl", { ...root(), invokedBy: "cloudtrail.amazonaws.com" }, null),
    ],
    findings: 0,
  },
  { name: "console without MFA: an IAM user", rule: noMfa, records: () => [login(alex)], findings: 1, severity: "medium", summary: "alex.miller signed in to the console without MFA once on Fri 2026-01-09 from 203.0.113.7" },
  { name: "console without MFA: root is high", rule: noMfa, records: () => [login(root())], findings: 1, severity: "high" },
  {
    name: "console without MFA (negative): MFA used, a failed login, a federated role",
    rule: noMfa,
    records: () => [login(alex, { mfa: true }), login(alex, { ok: false }), login(role("AWSReservedSSO_Admin"))],
    findings: 0,
  },
  {
    name: "spraying: one address fails as six users then gets in",
    rule: spraying,
    records: () => [...sprayUsers.map((u, i) => login(user(u), { ok: false, ip: "198.51.100.9", minutes: i })), login(user("dee"), { ip: "198.51.100.9", minutes: 9 })],
    findings: 1,
    severity: "critical",
    principal: "198.51.100.9",
    summary: /failed to sign in to the console as ana, ben, cai, dee, eli and 1 more within 5 minutes, then signed in successfully as dee/,
  },
  {
    name: "spraying (negative): one user mistyping, and users failing from different addresses",
    rule: spraying,
    records: () => [
      ...[0, 1, 2, 3, 4, 5].map((m) => login(alex, { ok: false, minutes: m })),
      ...sprayUsers.map((u, i) => login(user(u), { ok: false, ip: `192.0.2.${i + 1}`, minutes: i })),
    ],
    findings: 0,
  },
];

describe("logging, root and sign-in rules", () => {
  it.each(cases)("$name", checkCase);
});
