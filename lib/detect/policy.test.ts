import { describe, expect, it } from "vitest";
import type { Json } from "../cloudtrail/types";
import { externalGrantees, isAdminDocument, isAdminPolicyArn } from "./policy";
import { document } from "./raw";

const stmt = (s: Json) => ({ Version: "2012-10-17", Statement: s });

describe("isAdminPolicyArn", () => {
  it.each([
    ["arn:aws:iam::aws:policy/AdministratorAccess", true],
    ["arn:aws:iam::aws:policy/IAMFullAccess", true],
    ["arn:aws-us-gov:iam::aws:policy/AdministratorAccess", true],
    ["arn:aws:iam::123456789012:policy/OrgAdmins", true],
    ["arn:aws:iam::aws:policy/ReadOnlyAccess", false],
    ["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", false],
    ["arn:aws:iam::aws:policy/AdministratorAccess-Amplify", false],
    ["", false],
  ])("%s → %s", (arn, admin) => expect(isAdminPolicyArn(arn)).toBe(admin));
});

describe("isAdminDocument", () => {
  it.each([
    ["Action * on *", stmt([{ Effect: "Allow", Action: "*", Resource: "*" }]), true],
    ["iam:* on * in a list", stmt([{ Effect: "Allow", Action: ["s3:Get*", "iam:*"], Resource: ["*"] }]), true],
    ["a single statement object", stmt({ Effect: "Allow", Action: "*", Resource: "*" }), true],
    ["Deny * on *", stmt([{ Effect: "Deny", Action: "*", Resource: "*" }]), false],
    ["* on one bucket", stmt([{ Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::b" }]), false],
    ["hostile shapes", stmt([null, 3, "x", { Effect: "Allow", Action: { "*": 1 }, Resource: "*" }]), false],
  ])("%s", (_name, doc, admin) => expect(isAdminDocument(doc)).toBe(admin));
});

describe("externalGrantees", () => {
  it.each([
    ["another account's root", { AWS: "arn:aws:iam::999988887777:root" }, ["999988887777"]],
    ["a bare account id", { AWS: ["999988887777", "123456789012"] }, ["999988887777"]],
    ["everyone", "*", ["*"]],
    ["AWS: *", { AWS: "*" }, ["*"]],
    ["the own account", { AWS: "arn:aws:iam::123456789012:role/x" }, []],
    ["a service", { Service: "ec2.amazonaws.com" }, []],
    ["a federated provider", { Federated: "arn:aws:iam::123456789012:saml-provider/okta" }, []],
  ])("%s", (_name, principal, expected) => {
    const doc = stmt([{ Effect: "Allow", Principal: principal as Json, Action: "sts:AssumeRole" }]);
    expect(externalGrantees(doc, "123456789012").map((g) => g.account || g.principal)).toEqual(expected);
  });
});

describe("document", () => {
  it.each([
    ["an object", { Statement: [] }],
    ["JSON text", '{"Statement":[]}'],
    ["URL-encoded JSON text (IAM responseElements)", "%7B%22Statement%22%3A%5B%5D%7D"],
  ])("reads %s", (_name, v) => expect(document(v)).toEqual({ Statement: [] }));

  it.each([["not JSON", "{nope"], ["a JSON array", "[1]"], ["bad escapes", "%E0%A4%A"], ["a number", 3]])("ignores %s", (_name, v) => expect(document(v as Json)).toBeUndefined());
});
