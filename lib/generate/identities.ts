/**
 * userIdentity blocks as CloudTrail writes them, for the cast's IAM users,
 * role sessions and AWS services. Identity objects are cached per day and
 * frozen, because thousands of records share them.
 */
import type { JsonObject } from "../cloudtrail/types";
import { isoSeconds, type DayInfo } from "./calendar";
import { ACCOUNT_ID } from "./events/envelope";
import { Rng } from "./rng";

/** A long-lived IAM user of FakeTShirtCo. */
export interface IamUserDef {
  userName: string;
  /** "AIDA…" unique id. */
  principalId: string;
  /** "AKIA…" long-term access key used from the CLI/SDK. */
  accessKeyId: string;
  /** Internal address the user works from. */
  sourceIp: string;
}

/** An IAM role whose sessions act in the account. */
export interface RoleDef {
  roleName: string;
  /** "AROA…" unique id. */
  roleId: string;
}

const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** ARN of an IAM user of the account. */
export function userArn(userName: string): string {
  return `arn:aws:iam::${ACCOUNT_ID}:user/${userName}`;
}

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (v && typeof v === "object") deepFreeze(v);
  return Object.freeze(o);
}

/** A temporary "ASIA…" key, stable for one principal and day. */
function sessionKey(who: string, day: DayInfo): string {
  return "ASIA" + Rng.fromKey("session-key", who, day.index).chars(KEY_ALPHABET, 16);
}

/** The identity of an IAM user signing with their long-term access key (CLI, SDK). */
export function iamUserIdentity(u: IamUserDef): JsonObject {
  return deepFreeze({
    type: "IAMUser",
    principalId: u.principalId,
    arn: userArn(u.userName),
    accountId: ACCOUNT_ID,
    accessKeyId: u.accessKeyId,
    userName: u.userName,
  });
}

/** The identity of an IAM user in a console session of that day (temporary key, MFA). */
export function consoleIdentity(u: IamUserDef, day: DayInfo): JsonObject {
  // People sign in to the console shortly before their working day starts.
  const signIn = day.startMs + (6 * 60 + 30 + (Rng.fromKey("sign-in", u.userName, day.index).u32() % 25)) * 60_000;
  return deepFreeze({
    type: "IAMUser",
    principalId: u.principalId,
    arn: userArn(u.userName),
    accountId: ACCOUNT_ID,
    accessKeyId: sessionKey(u.userName, day),
    userName: u.userName,
    sessionContext: { attributes: { creationDate: isoSeconds(signIn), mfaAuthenticated: "true" } },
  });
}

/** The identity of an assumed-role session; `invokedBy` for service-linked roles used by an AWS service. */
export function roleIdentity(role: RoleDef, sessionName: string, day: DayInfo, invokedBy?: string): JsonObject {
  // Sessions are renewed shortly before midnight, so one covers the whole day's calls.
  const created = day.startMs - (60 + (Rng.fromKey("role-session", role.roleName, sessionName, day.index).u32() % 1_800)) * 1000;
  const identity: JsonObject = {
    type: "AssumedRole",
    principalId: `${role.roleId}:${sessionName}`,
    arn: `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${role.roleName}/${sessionName}`,
    accountId: ACCOUNT_ID,
    accessKeyId: sessionKey(`${role.roleName}/${sessionName}`, day),
    sessionContext: {
      sessionIssuer: {
        type: "Role",
        principalId: role.roleId,
        arn: `arn:aws:iam::${ACCOUNT_ID}:role/${role.roleName}`,
        accountId: ACCOUNT_ID,
        userName: role.roleName,
      },
      attributes: { creationDate: isoSeconds(created), mfaAuthenticated: "false" },
    },
  };
  if (invokedBy) identity.invokedBy = invokedBy;
  return deepFreeze(identity);
}

/** The identity of an AWS service acting in the account. */
export function serviceIdentity(service: string): JsonObject {
  return deepFreeze({ type: "AWSService", invokedBy: service });
}
