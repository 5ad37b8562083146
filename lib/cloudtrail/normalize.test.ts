import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "./normalize";
import { makeInsight, makeRecord } from "./testing/factory";
import type { Json, JsonObject } from "./types";

const PIPELINE = path.resolve(__dirname, "../../../shared/data/elastic-integrations/pipeline");

/** The record on `line` (1-based) of an Elastic pipeline fixture. */
function elastic(file: string, line = 1): JsonObject {
  return JSON.parse(readFileSync(path.join(PIPELINE, file), "utf8").split("\n")[line - 1]);
}

type IdentityCase = [label: string, userIdentity: Json | undefined, principal: string, principalType: string, principalArn: string, sessionName: string];

const identityCases: IdentityCase[] = [
  ["IAMUser by userName", { type: "IAMUser", userName: "alex.miller", arn: "arn:aws:iam::123456789012:user/alex.miller" }, "alex.miller", "IAMUser", "arn:aws:iam::123456789012:user/alex.miller", ""],
  ["IAMUser from its ARN", { type: "IAMUser", arn: "arn:aws:iam::123456789012:user/ops/data-pipeline" }, "data-pipeline", "IAMUser", "arn:aws:iam::123456789012:user/ops/data-pipeline", ""],
  [
    "AssumedRole via sessionIssuer",
    {
      type: "AssumedRole",
      principalId: "AROAEXAMPLE:build-42",
      arn: "arn:aws:sts::123456789012:assumed-role/order-processor-role/build-42",
      sessionContext: { sessionIssuer: { type: "Role", userName: "order-processor-role", arn: "arn:aws:iam::123456789012:role/service/order-processor-role" } },
    },
    "order-processor-role",
    "AssumedRole",
    "arn:aws:iam::123456789012:role/service/order-processor-role",
    "build-42",
  ],
  ["AssumedRole from its ARN only", { type: "AssumedRole", arn: "arn:aws:sts::123456789012:assumed-role/Admin/jane@example.com" }, "Admin", "AssumedRole", "arn:aws:sts::123456789012:assumed-role/Admin/jane@example.com", "jane@example.com"],
  ["AssumedRole as the seed writes it", { type: "AssumedRole", sessionContext: { sessionIssuer: { userName: "order-processor-role" } } }, "order-processor-role", "AssumedRole", "", ""],
  ["AssumedRole with only a principalId", { type: "AssumedRole", principalId: "AROAEXAMPLEID:session-7" }, "AROAEXAMPLEID", "AssumedRole", "", "session-7"],
  ["Root", { type: "Root", principalId: "123456789012", arn: "arn:aws:iam::123456789012:root" }, "root", "Root", "arn:aws:iam::123456789012:root", ""],
  ["AWSService via invokedBy", { type: "AWSService", invokedBy: "ec2.amazonaws.com" }, "ec2.amazonaws.com", "AWSService", "", ""],
  ["AWSService without invokedBy", { type: "AWSService" }, "s3.amazonaws.com", "AWSService", "", ""],
  ["AWSAccount", { type: "AWSAccount", principalId: "AIDAEXAMPLE", accountId: "111122223333" }, "111122223333", "AWSAccount", "", ""],
  ["AWSAccount without account", { type: "AWSAccount", principalId: "AIDAEXAMPLE" }, "AIDAEXAMPLE", "AWSAccount", "", ""],
  [
    "FederatedUser via sessionIssuer",
    { type: "FederatedUser", arn: "arn:aws:sts::123456789012:federated-user/bob", sessionContext: { sessionIssuer: { type: "IAMUser", userName: "broker" } } },
    "broker",
    "FederatedUser",
    "arn:aws:sts::123456789012:federated-user/bob",
    "",
  ],
  ["FederatedUser from its ARN", { type: "FederatedUser", arn: "arn:aws:sts::123456789012:federated-user/bob" }, "bob", "FederatedUser", "arn:aws:sts::123456789012:federated-user/bob", ""],
  ["IdentityCenterUser", { type: "IdentityCenterUser", onBehalfOf: { userId: "94482488-3041-7026-18f3-be45837cd0e4" } }, "94482488-3041-7026-18f3-be45837cd0e4", "IdentityCenterUser", "", ""],
  ["WebIdentityUser", { type: "WebIdentityUser", principalId: "cognito-identity.amazonaws.com:us-east-1:abcd", userName: "" }, "cognito-identity.amazonaws.com:us-east-1:abcd", "WebIdentityUser", "", ""],
  ["SAMLUser", { type: "SAMLUser", userName: "some.user@my.company.com" }, "some.user@my.company.com", "SAMLUser", "", ""],
  ["an unknown type", { type: "Directory", principalId: "d-123" }, "d-123", "Unknown", "", ""],
  ["missing userIdentity", undefined, "", "Unknown", "", ""],
  ["null userIdentity", null, "", "Unknown", "", ""],
  ["a userIdentity that is a string", "alex", "", "Unknown", "", ""],
];

describe("normalizeRecord: the acting principal", () => {
  it.each(identityCases)("%s", (_label, userIdentity, principal, principalType, principalArn, sessionName) => {
    const ev = normalizeRecord(makeRecord({ userIdentity }));
    expect({ principal: ev.principal, principalType: ev.principalType, principalArn: ev.principalArn, sessionName: ev.sessionName }).toEqual({
      principal,
      principalType,
      principalArn,
      sessionName,
    });
  });

  it.each([
    ["test-tls-details-json.log", 2, "some.user@my.company.com", "SAMLUser"],
    ["test-user-authentication.log", 1, "redacted", "IdentityCenterUser"],
    ["test-assume-role-aws-service-json.log", 1, "ec2.amazonaws.com", "AWSService"],
    ["test-us-gov-arn.log", 1, "ExampleRole", "AssumedRole"],
    ["test-console-login-json.log", 3, "RoleToBeAssumed", "AssumedRole"],
    ["test-get-caller-identity-json.log", 1, undefined, "IAMUser"],
  ])("on Elastic's %s line %d", (file, line, principal, principalType) => {
    const rec = elastic(file, line);
    const ev = normalizeRecord(rec);
    const ui = rec.userIdentity as JsonObject;
    expect(ev.principalType).toBe(principalType);
    expect(ev.principal).toBe(principal ?? ui.userName);
    expect(ev.identityType).toBe(ui.type);
  });

  it("keeps the GovCloud role ARN and session of an EC2 instance role", () => {
    const ev = normalizeRecord(elastic("test-us-gov-arn.log"));
    expect(ev.principalArn).toBe("arn:aws-us-gov:iam::111111111111:role/ExampleRole");
    expect(ev.sessionName).toBe("i-example1234567890");
    expect(ev.mfa).toBe("false");
  });
});

describe("normalizeRecord: the other fields", () => {
  it("maps the seed's exfil GetObject record", () => {
    const ev = normalizeRecord(makeRecord({ demo_id: "exfil", eventID: "e1" }));
    expect(ev).toMatchObject({
      eventId: "e1",
      time: Date.UTC(2026, 0, 12, 3, 15),
      hour: 3,
      kind: "event",
      eventName: "GetObject",
      eventSource: "s3.amazonaws.com",
      eventType: "AwsApiCall",
      eventCategory: "Data",
      eventVersion: "1.09",
      identityType: "IAMUser",
      userName: "alex.miller",
      accessKeyId: "AKIAEXAMPLEALEX0001",
      accountId: "123456789012",
      recipientAccountId: "123456789012",
      region: "us-east-1",
      sourceIp: "10.10.30.55",
      userAgent: "aws-cli/2.15.0 Python/3.11.6",
      errorCode: "",
      readOnly: "true",
      bucket: "faketshirtco-financial-reports",
      objectKey: "2026/q4/annual-financial-report.xlsx",
      bytesOut: 48213,
      bytesIn: 0,
    });
    expect({ ...ev.extras }).toEqual({ demo_id: "exfil" });
  });

  it("reads IAM targets and errors", () => {
    const ev = normalizeRecord(
      makeRecord({
        eventSource: "iam.amazonaws.com",
        eventName: "AttachUserPolicy",
        requestParameters: { userName: "svc-datasync", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess", roleName: "r" },
        errorCode: "AccessDenied",
        errorMessage: "not authorized",
        additionalEventData: undefined,
      }),
    );
    expect(ev).toMatchObject({ targetUser: "svc-datasync", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess", roleName: "r", errorCode: "AccessDenied", errorMessage: "not authorized", bucket: "" });
    expect(ev.bytesOut).toBeNaN();
    expect(ev.bytesIn).toBeNaN();
  });

  it.each<[string, Json | undefined, string]>([
    ["boolean true", true, "true"],
    ["boolean false", false, "false"],
    ["string true", "true", "true"],
    ["string FALSE", "FALSE", "false"],
    ["missing", undefined, ""],
    ["something else", "yes", ""],
  ])("readOnly %s → %j", (_label, readOnly, expected) => {
    expect(normalizeRecord(makeRecord({ readOnly })).readOnly).toBe(expected);
  });

  it.each<[string, Json | undefined, Json | undefined, string]>([
    ["session attribute true", { mfaAuthenticated: "true" }, undefined, "true"],
    ["session attribute false wins over MFAUsed", { mfaAuthenticated: "false" }, { MFAUsed: "Yes" }, "false"],
    ["console MFAUsed Yes", undefined, { MFAUsed: "Yes" }, "true"],
    ["console MFAUsed No", undefined, { MFAUsed: "No" }, "false"],
    ["nothing", undefined, undefined, ""],
  ])("mfa from %s", (_label, attributes, additionalEventData, expected) => {
    const userIdentity: JsonObject = { type: "IAMUser", userName: "a" };
    if (attributes !== undefined) userIdentity.sessionContext = { attributes };
    expect(normalizeRecord(makeRecord({ userIdentity, additionalEventData })).mfa).toBe(expected);
  });

  it.each<[string, Json, string, string]>([
    ["an object ARN", [{ type: "AWS::S3::Object", ARN: "arn:aws:s3:::faketshirtco-backups/db/2026-01-01.dump" }], "faketshirtco-backups", "db/2026-01-01.dump"],
    ["a bucket ARN", [{ type: "AWS::S3::Bucket", ARN: "arn:aws:s3:::faketshirtco-prod-data" }], "faketshirtco-prod-data", ""],
    ["a lower-case arn key", [{ arn: "arn:aws:s3:::b/k" }], "b", "k"],
    ["no S3 resource", [{ ARN: "arn:aws:iam::123456789012:user/x" }], "", ""],
  ])("bucket and key from %s when requestParameters lack them", (_label, resources, bucket, objectKey) => {
    const ev = normalizeRecord(makeRecord({ requestParameters: {}, resources }));
    expect([ev.bucket, ev.objectKey]).toEqual([bucket, objectKey]);
  });

  it("reads an Insights record as kind insight with names from insightDetails", () => {
    const ev = normalizeRecord(makeInsight());
    expect(ev).toMatchObject({ kind: "insight", eventName: "GetObject", eventSource: "s3.amazonaws.com", eventType: "AwsCloudTrailInsight", principal: "", principalType: "Unknown", accountId: "123456789012" });
  });

  it("keeps top-level scalars CloudTrail does not define as extras, without touching prototypes", () => {
    const rec = JSON.parse('{"eventTime":"2026-01-12T03:15:00Z","eventName":"A","eventSource":"b","demo_id":"exfil","n":3,"ok":false,"nested":{"x":1},"nil":null,"__proto__":"polluted","constructor":"c"}');
    const ev = normalizeRecord(rec, { ignoreExtras: new Set(["ok"]) });
    expect(Object.getPrototypeOf(ev.extras)).toBeNull();
    expect(Object.entries(ev.extras)).toEqual([
      ["demo_id", "exfil"],
      ["n", "3"],
      ["__proto__", "polluted"],
      ["constructor", "c"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("uses a pre-parsed time and gives NaN for an unreadable one", () => {
    expect(normalizeRecord(makeRecord(), { time: Date.UTC(2026, 0, 1, 22) }).hour).toBe(22);
    const bad = normalizeRecord(makeRecord({ eventTime: "nope" }));
    expect(bad.time).toBeNaN();
    expect(bad.hour).toBeNaN();
  });

  it("treats non-string values as absent", () => {
    const ev = normalizeRecord(makeRecord({ awsRegion: 5, sourceIPAddress: { a: 1 }, eventID: 7, userIdentity: { type: "IAMUser", userName: 12, accountId: false } }));
    expect([ev.region, ev.sourceIp, ev.eventId, ev.userName, ev.principal, ev.accountId]).toEqual(["", "", "", "", "", "123456789012"]);
  });
});
