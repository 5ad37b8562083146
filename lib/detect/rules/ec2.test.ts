import { describe, it } from "vitest";
import type { Json, JsonObject } from "../../cloudtrail/types";
import { checkCase, type RuleCase } from "../testing/cases";
import { ACCOUNT, OTHER_ACCOUNT, after, call, role, user } from "../testing/records";
import { rule as securityGroup } from "./security-group-opened";
import { rule as aclRoute } from "./network-acl-route-changed";
import { rule as shared } from "./snapshot-or-image-shared";
import { rule as userData } from "./ec2-user-data-modified";
import { rule as secrets } from "./secrets-harvesting";

const T = "2026-01-09T14:00:00Z";
const alex = user("alex.miller");
const api = (service: string, name: string, who: JsonObject, params: Json, minutes = 0, extra: JsonObject = {}) =>
  call(service, name, who, params, { eventTime: after(T, minutes), ...extra });
const ingress = (cidr: string, from: number, to = from, protocol = "tcp"): JsonObject => ({
  groupId: "sg-0123",
  ipPermissions: { items: [{ ipProtocol: protocol, fromPort: from, toPort: to, ipRanges: { items: [{ cidrIp: cidr }] } }] },
});
const instances = (id: string): JsonObject => ({ instancesSet: { items: [{ instanceId: id }] } });

const cases: RuleCase[] = [
  { name: "security group: SSH open to the world", rule: securityGroup, records: () => [api("ec2", "AuthorizeSecurityGroupIngress", alex, ingress("0.0.0.0/0", 22))], findings: 1, severity: "high", summary: "alex.miller opened port 22 of security group sg-0123 to 0.0.0.0/0" },
  { name: "security group: HTTPS open to IPv6 everyone is medium", rule: securityGroup, records: () => [api("ec2", "AuthorizeSecurityGroupIngress", alex, { groupId: "sg-1", ipPermissions: { items: [{ ipProtocol: "tcp", fromPort: 443, toPort: 443, ipv6Ranges: { items: [{ cidrIpv6: "::/0" }] } }] } })], findings: 1, severity: "medium" },
  { name: "security group: all protocols from anywhere (legacy cidrIp form)", rule: securityGroup, records: () => [api("ec2", "AuthorizeSecurityGroupIngress", alex, { groupId: "sg-2", cidrIp: "0.0.0.0/0", ipProtocol: "-1" })], findings: 1, severity: "high", summary: "all ports" },
  { name: "security group (negative): an office range and a revoke", rule: securityGroup, records: () => [api("ec2", "AuthorizeSecurityGroupIngress", alex, ingress("203.0.113.0/24", 22)), api("ec2", "RevokeSecurityGroupIngress", alex, ingress("0.0.0.0/0", 22))], findings: 0 },
  {
    name: "ACL and routes: changes within an hour are one finding",
    rule: aclRoute,
    records: () => [api("ec2", "CreateRoute", alex, { routeTableId: "rtb-1", destinationCidrBlock: "0.0.0.0/0" }), api("ec2", "DeleteNetworkAclEntry", alex, { networkAclId: "acl-1" }, 20)],
    findings: 1,
    severity: "low",
    summary: "alex.miller made 2 changes to network ACLs and routes",
  },
  {
    name: "ACL and routes: an entry allowing all inbound traffic from anywhere",
    rule: aclRoute,
    records: () => [api("ec2", "CreateNetworkAclEntry", alex, { networkAclId: "acl-1", ruleNumber: 100, ruleAction: "allow", egress: false, cidrBlock: "0.0.0.0/0", aclProtocol: "-1" })],
    findings: 1,
    severity: "medium",
  },
  { name: "ACL and routes (negative): reading them", rule: aclRoute, records: () => [api("ec2", "DescribeRouteTables", alex, {}), api("ec2", "DescribeNetworkAcls", alex, {})], findings: 0 },
  {
    name: "sharing: EBS snapshot with another account",
    rule: shared,
    records: () => [api("ec2", "ModifySnapshotAttribute", alex, { snapshotId: "snap-1", attributeType: "CREATE_VOLUME_PERMISSION", createVolumePermission: { add: { items: [{ userId: OTHER_ACCOUNT }] } } })],
    findings: 1,
    severity: "high",
    summary: `alex.miller shared EBS snapshot snap-1 with account ${OTHER_ACCOUNT}`,
  },
  {
    name: "sharing: AMI made public",
    rule: shared,
    records: () => [api("ec2", "ModifyImageAttribute", alex, { imageId: "ami-1", launchPermission: { add: { items: [{ group: "all" }] } } })],
    findings: 1,
    severity: "critical",
    summary: "everyone (made public)",
  },
  {
    name: "sharing (negative): public access removed, and shared with the own account",
    rule: shared,
    records: () => [
      api("ec2", "ModifyImageAttribute", alex, { imageId: "ami-1", launchPermission: { remove: { items: [{ group: "all" }] } } }),
      api("rds", "ModifyDBSnapshotAttribute", alex, { dBSnapshotIdentifier: "db1", attributeName: "restore", valuesToAdd: [ACCOUNT] }),
    ],
    findings: 0,
  },
  {
    name: "user data: replaced after stopping the instance",
    rule: userData,
    records: () => [api("ec2", "StopInstances", alex, instances("i-1")), api("ec2", "ModifyInstanceAttribute", alex, { instanceId: "i-1", userData: "<sensitiveDataRemoved>" }, 2)],
    findings: 1,
    severity: "high",
    summary: "alex.miller replaced the user data (boot script) of instance i-1 right after stopping it",
  },
  { name: "user data (negative): instance type changed", rule: userData, records: () => [api("ec2", "ModifyInstanceAttribute", alex, { instanceId: "i-1", instanceType: { value: "t3.large" } })], findings: 0 },
  {
    name: "secrets: twenty different secrets in a minute",
    rule: secrets,
    records: () => Array.from({ length: 20 }, (_, i) => api("secretsmanager", "GetSecretValue", role("build"), { secretId: `prod/db-${i}` }, i / 20)),
    findings: 1,
    severity: "medium",
    summary: "build retrieved 20 different secrets",
  },
  {
    name: "secrets: SSM parameters in batches, and a batch-by-filter",
    rule: secrets,
    records: () => [
      ...[0, 1].map((b) => api("ssm", "GetParameters", alex, { names: Array.from({ length: 5 }, (_, i) => `/creds/${b}-${i}`), withDecryption: true })),
      api("secretsmanager", "BatchGetSecretValue", user("eve"), { filters: [{ key: "tag-key", values: ["!x"] }] }),
    ],
    findings: 2,
    summary: "alex.miller retrieved 10 different SSM parameters",
  },
  {
    name: "secrets (negative): an application re-reading the same three secrets all day",
    rule: secrets,
    records: () => Array.from({ length: 60 }, (_, i) => api("secretsmanager", "GetSecretValue", role("orders"), { secretId: `prod/key-${i % 3}` }, i * 10)),
    findings: 0,
  },
  {
    name: "secrets: a service reading the same ten secrets every hour is reported once, the first time",
    rule: secrets,
    records: () => Array.from({ length: 50 }, (_, i) => api("secretsmanager", "GetSecretValue", role("reporting"), { secretId: `prod/key-${i % 10}` }, Math.floor(i / 10) * 60 + (i % 10))),
    findings: 1,
  },
];

describe("EC2, network and secrets rules", () => {
  it.each(cases)("$name", checkCase);
});
