import { describe, it } from "vitest";
import type { Json, JsonObject } from "../../cloudtrail/types";
import { checkCase, type RuleCase } from "../testing/cases";
import { ACCOUNT, OTHER_ACCOUNT, after, call, role, user } from "../testing/records";
import { rule as backdoor } from "./iam-backdoor-user";
import { rule as adminPolicy } from "./iam-admin-policy-attached";
import { rule as selfInline } from "./iam-self-inline-policy";
import { rule as otherUser } from "./iam-credentials-for-other-user";
import { rule as trust } from "./iam-role-trust-opened";

const T = "2026-01-08T10:45:00Z";
const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";
const READONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
const alex = user("alex.miller");
const iam = (name: string, who: JsonObject, params: Json, minutes = 0, extra: JsonObject = {}) => call("iam", name, who, params, { eventTime: after(T, minutes), ...extra });
const adminDoc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });
const s3Doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }] });
const trustDoc = (principal: Json) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole" }] });

const cases: RuleCase[] = [
  {
    name: "backdoor: CreateUser then AdministratorAccess a minute later",
    rule: backdoor,
    records: () => [iam("CreateUser", alex, { userName: "svc-datasync" }), iam("AttachUserPolicy", alex, { userName: "svc-datasync", policyArn: ADMIN }, 1)],
    findings: 1,
    severity: "critical",
    summary: "alex.miller created user svc-datasync and attached AdministratorAccess to it 1 minute later",
  },
  {
    name: "backdoor: admin group membership and an access key count too",
    rule: backdoor,
    records: () => [iam("CreateUser", alex, { userName: "x" }), iam("AddUserToGroup", alex, { userName: "x", groupName: "Admins" }, 5), iam("CreateAccessKey", alex, { userName: "x" }, 6)],
    findings: 1,
    severity: "critical",
    summary: "added it to group Admins 5 minutes later and created an access key for it 6 minutes later",
  },
  {
    name: "backdoor: a new user with only an access key is a medium finding",
    rule: backdoor,
    records: () => [iam("CreateUser", alex, { userName: "ci-bot" }), iam("CreateAccessKey", alex, { userName: "ci-bot" }, 2)],
    findings: 1,
    severity: "medium",
  },
  {
    name: "backdoor (negative): a read-only policy is not an admin grant",
    rule: backdoor,
    records: () => [iam("CreateUser", alex, { userName: "intern" }), iam("AttachUserPolicy", alex, { userName: "intern", policyArn: READONLY }, 1)],
    findings: 0,
  },
  {
    name: "backdoor (negative): the admin grant came after the 60-minute window",
    rule: backdoor,
    records: () => [iam("CreateUser", alex, { userName: "svc" }), iam("AttachUserPolicy", alex, { userName: "svc", policyArn: ADMIN }, 61)],
    findings: 0,
  },
  {
    name: "backdoor (negative): someone else granted the rights",
    rule: backdoor,
    records: () => [iam("CreateUser", alex, { userName: "svc" }), iam("AttachUserPolicy", user("mike.chen"), { userName: "svc", policyArn: ADMIN }, 1)],
    findings: 0,
  },
  {
    name: "admin policy: AdministratorAccess attached to a role",
    rule: adminPolicy,
    records: () => [iam("AttachRolePolicy", alex, { roleName: "deploy", policyArn: ADMIN })],
    findings: 1,
    severity: "high",
    summary: "alex.miller gave role deploy administrator rights (AdministratorAccess)",
  },
  {
    name: "admin policy: an inline policy allowing * on *",
    rule: adminPolicy,
    records: () => [iam("PutGroupPolicy", alex, { groupName: "ops", policyName: "all", policyDocument: adminDoc })],
    findings: 1,
    summary: "gave group ops administrator rights (inline policy all)",
  },
  {
    name: "admin policy (negative): a scoped inline policy and a read-only attachment",
    rule: adminPolicy,
    records: () => [iam("PutUserPolicy", alex, { userName: "bob", policyName: "s3", policyDocument: s3Doc }), iam("AttachUserPolicy", alex, { userName: "bob", policyArn: READONLY })],
    findings: 0,
  },
  {
    name: "admin policy (negative): the call was denied",
    rule: adminPolicy,
    records: () => [iam("AttachUserPolicy", alex, { userName: "bob", policyArn: ADMIN }, 0, { errorCode: "AccessDenied", errorMessage: "denied" })],
    findings: 0,
  },
  {
    name: "self inline policy: a user puts an admin policy on itself",
    rule: selfInline,
    records: () => [iam("PutUserPolicy", alex, { userName: "alex.miller", policyName: "me", policyDocument: adminDoc })],
    findings: 1,
    severity: "critical",
    summary: "alex.miller put inline policy me on user alex.miller, which is itself, allowing every action on every resource",
  },
  {
    name: "self inline policy: a role session extends its own role",
    rule: selfInline,
    records: () => [iam("PutRolePolicy", role("ci-deploy-role"), { roleName: "ci-deploy-role", policyName: "more", policyDocument: s3Doc })],
    findings: 1,
    severity: "high",
  },
  {
    name: "self inline policy (negative): an admin sets another user's policy",
    rule: selfInline,
    records: () => [iam("PutUserPolicy", alex, { userName: "bob", policyName: "s3", policyDocument: adminDoc })],
    findings: 0,
  },
  {
    name: "credentials for another user: a password changed",
    rule: otherUser,
    records: () => [iam("UpdateLoginProfile", alex, { userName: "jessica.ramos" })],
    findings: 1,
    severity: "high",
    summary: "alex.miller changed the console password for user jessica.ramos",
  },
  {
    name: "credentials for another user: an access key for someone else",
    rule: otherUser,
    records: () => [iam("CreateAccessKey", alex, { userName: "bob" })],
    findings: 1,
    severity: "medium",
  },
  {
    name: "credentials for another user (negative): own keys, with and without userName",
    rule: otherUser,
    records: () => [iam("CreateAccessKey", alex, { userName: "alex.miller" }), iam("CreateAccessKey", alex, null)],
    findings: 0,
  },
  {
    name: "role trust: another account may assume the role",
    rule: trust,
    records: () => [iam("UpdateAssumeRolePolicy", alex, { roleName: "admin-role", policyDocument: trustDoc({ AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` }) })],
    findings: 1,
    severity: "high",
    summary: `alex.miller changed the trust policy of role admin-role so that account ${OTHER_ACCOUNT} can assume it`,
  },
  {
    name: "role trust: everyone may assume the role",
    rule: trust,
    records: () => [iam("UpdateAssumeRolePolicy", alex, { roleName: "r", policyDocument: trustDoc("*") })],
    findings: 1,
    severity: "critical",
  },
  {
    name: "role trust (negative): own account and an AWS service",
    rule: trust,
    records: () => [
      iam("UpdateAssumeRolePolicy", alex, { roleName: "r", policyDocument: trustDoc({ AWS: `arn:aws:iam::${ACCOUNT}:root` }) }),
      iam("CreateRole", alex, { roleName: "lambda", assumeRolePolicyDocument: trustDoc({ Service: "lambda.amazonaws.com" }) }),
    ],
    findings: 0,
  },
];

describe("IAM rules", () => {
  it.each(cases)("$name", checkCase);
});
