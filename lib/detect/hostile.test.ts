/**
 * Every value in a record is attacker-controlled: rules must survive any JSON
 * shape where they read raw fields, and never let keys like __proto__ leak
 * into their results.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Json, JsonObject } from "../cloudtrail/types";
import { findingSchema } from "./finding";
import { runDetections } from "./run";
import { contextOf } from "./testing/harness";
import { call, user } from "./testing/records";

/** Calls whose raw records some rule reads. */
const RAW_READ: [string, string][] = [
  ["iam", "PutUserPolicy"], ["iam", "PutGroupPolicy"], ["iam", "AddUserToGroup"], ["iam", "UpdateAssumeRolePolicy"], ["iam", "CreateRole"],
  ["cloudtrail", "PutEventSelectors"], ["cloudtrail", "UpdateTrail"], ["guardduty", "UpdateDetector"], ["ec2", "AuthorizeSecurityGroupIngress"],
  ["ec2", "CreateNetworkAclEntry"], ["ec2", "ModifySnapshotAttribute"], ["ec2", "ModifyImageAttribute"], ["rds", "ModifyDBSnapshotAttribute"],
  ["ec2", "ModifyInstanceAttribute"], ["ec2", "StopInstances"], ["s3", "PutBucketPolicy"], ["s3", "PutBucketAcl"], ["s3", "PutBucketPublicAccessBlock"],
  ["s3", "PutBucketVersioning"], ["s3", "DeleteObjects"], ["secretsmanager", "BatchGetSecretValue"], ["ssm", "GetParameters"], ["signin", "ConsoleLogin"],
];

const params = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.dictionary(fc.constantFrom("policyDocument", "bucketPolicy", "names", "userData", "createVolumePermission", "launchPermission", "eventSelectors", "__proto__", "ipPermissions", "delete", "enable"), fc.jsonValue() as fc.Arbitrary<Json>),
);

describe("rules on hostile records", () => {
  it("never throw and always produce valid findings", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...RAW_READ), params, fc.integer({ min: 0, max: 600 })), { minLength: 1, maxLength: 12 }), async (calls) => {
        const records: JsonObject[] = calls.map(([[svc, name], p, minute]) =>
          call(svc, name, user(minute % 2 ? "__proto__" : "mallory"), p, { eventTime: new Date(Date.UTC(2026, 0, 9, 0, minute)).toISOString() }),
        );
        for (const f of await runDetections(contextOf(records))) expect(findingSchema.parse(f)).toEqual(f);
      }),
      { numRuns: 150 },
    );
  });

  it("reads a policy document sent as __proto__-laden JSON text without polluting objects", async () => {
    const doc = '{"__proto__":{"polluted":true},"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';
    const found = await runDetections(contextOf([call("iam", "PutUserPolicy", user("mallory"), { userName: "mallory", policyName: "p", policyDocument: doc })]));
    expect(found.map((f) => f.rule)).toContain("iam-self-inline-policy");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
