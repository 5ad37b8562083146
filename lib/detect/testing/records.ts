/**
 * Record factories for the detection tests: a realistic record with
 * overrides (the cloudtrail factory's makeRecord), plus identities and
 * per-service shorthands. Test support only.
 */
import { makeRecord } from "../../cloudtrail/testing/factory";
import type { Json, JsonObject } from "../../cloudtrail/types";

export { makeRecord };

export const ACCOUNT = "123456789012";
export const OTHER_ACCOUNT = "999988887777";

/** userIdentity of an IAM user. */
export function user(name: string): JsonObject {
  return {
    type: "IAMUser",
    principalId: `AIDA${name.replace(/[^A-Za-z0-9]/g, "").toUpperCase().padEnd(16, "X").slice(0, 16)}`,
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    accountId: ACCOUNT,
    accessKeyId: "AKIAEXAMPLEKEY00001",
    userName: name,
  };
}

/** userIdentity of a session of an IAM role. */
export function role(name: string, session = "session-1"): JsonObject {
  return {
    type: "AssumedRole",
    principalId: `AROAEXAMPLEROLE0001:${session}`,
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${name}/${session}`,
    accountId: ACCOUNT,
    accessKeyId: "ASIAEXAMPLEKEY00001",
    sessionContext: {
      sessionIssuer: { type: "Role", principalId: "AROAEXAMPLEROLE0001", arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, accountId: ACCOUNT, userName: name },
      attributes: { creationDate: "2026-01-05T08:00:00Z", mfaAuthenticated: "false" },
    },
  };
}

/** userIdentity of the account's root user. */
export function root(): JsonObject {
  return { type: "Root", principalId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, accountId: ACCOUNT };
}

/** ISO time `minutes` after `base`. */
export function after(base: string, minutes: number): string {
  return new Date(Date.parse(base) + minutes * 60_000).toISOString().replace(".000Z", "Z");
}

type Extra = { [key: string]: Json | undefined };

/** A management call of `service` (e.g. "iam") by `who`, with request parameters and any other overrides. */
export function call(service: string, eventName: string, who: JsonObject, requestParameters: Json, extra: Extra = {}): JsonObject {
  return makeRecord({
    eventSource: `${service}.amazonaws.com`,
    eventName,
    userIdentity: who,
    requestParameters,
    responseElements: null,
    additionalEventData: undefined,
    readOnly: /^(Get|List|Describe|Lookup)/.test(eventName),
    eventCategory: "Management",
    managementEvent: true,
    userAgent: "aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64 prompt/off",
    ...extra,
  });
}

/** An S3 data event on `bucket` by `who`. */
export function s3(eventName: string, who: JsonObject, bucket: string, key: string, time: string, bytesOut = 50_000): JsonObject {
  return makeRecord({
    eventName,
    userIdentity: who,
    eventTime: time,
    requestParameters: key ? { bucketName: bucket, key } : { bucketName: bucket, "list-type": "2", prefix: "" },
    additionalEventData: { bytesTransferredIn: 0, bytesTransferredOut: eventName === "GetObject" ? bytesOut : 0 },
  });
}
