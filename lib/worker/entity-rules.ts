/**
 * The definitions behind the entity statistics: what counts as off-hours,
 * which calls are sensitive, and which S3 calls read, write or list. Each is
 * a named list, turned into lookup tables over dictionary codes so the scans
 * never compare strings per row.
 */
import type { EventTable } from "../index/table";
import type { SensitiveCategory } from "./entity-types";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Off-hours, in UTC: every night from 22:00 to 06:00, and all of Saturday
 * and Sunday. CloudTrail times are UTC and a log rarely says where its users
 * sit, so the definition is fixed and stated rather than guessed per user;
 * the seed's demo company works in UTC and its exfiltration runs 01:00–05:00.
 */
export const OFF_HOURS = {
  /** Nights start at this UTC hour… */
  nightFrom: 22,
  /** …and end at this one (exclusive). */
  nightTo: 6,
  /** Days of the week (0 = Sunday, as Date#getUTCDay) that are off-hours all day. */
  weekendDays: [0, 6] as readonly number[],
} as const;

/** 1 for each (day of week × 24 + hour) that is off-hours. */
const OFF_WEEK = (() => {
  const table = new Uint8Array(7 * 24);
  for (let d = 0; d < 7; d++) {
    for (let h = 0; h < 24; h++) {
      const night = h >= OFF_HOURS.nightFrom || h < OFF_HOURS.nightTo;
      table[d * 24 + h] = night || OFF_HOURS.weekendDays.includes(d) ? 1 : 0;
    }
  }
  return table;
})();

/** 1 when `ms` falls on a weekend day (UTC), else 0. */
export function weekendOf(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  // 1970-01-01 was a Thursday (day 4).
  return OFF_HOURS.weekendDays.includes((((day + 4) % 7) + 7) % 7) ? 1 : 0;
}

/** The UTC hour of day (0–23) of `ms`, without making a Date. */
export function hourOf(ms: number): number {
  return Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / HOUR_MS);
}

/** 1 when `ms` is in off-hours (see OFF_HOURS), else 0. */
export function offHoursOf(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const hour = Math.floor((ms - day * DAY_MS) / HOUR_MS);
  const dow = (((day + 4) % 7) + 7) % 7;
  return OFF_WEEK[dow * 24 + hour] ?? 0;
}

/** A group of sensitive calls: one service, its event names, and what they are. */
export interface SensitiveGroup {
  category: SensitiveCategory;
  eventSource: string;
  eventNames: readonly string[];
}

/** Calls worth an analyst's look whoever makes them: IAM changes, policy changes and the creation of keys and credentials. */
export const SENSITIVE_ACTIONS: readonly SensitiveGroup[] = [
  {
    category: "iam-change",
    eventSource: "iam.amazonaws.com",
    eventNames: [
      "CreateUser", "DeleteUser", "UpdateUser", "CreateLoginProfile", "UpdateLoginProfile", "DeleteLoginProfile",
      "CreateRole", "DeleteRole", "UpdateRole", "UpdateAssumeRolePolicy", "CreateGroup", "DeleteGroup",
      "AddUserToGroup", "RemoveUserFromGroup", "DeactivateMFADevice", "DeleteVirtualMFADevice",
      "CreateSAMLProvider", "CreateOpenIDConnectProvider", "UpdateAccountPasswordPolicy", "DeleteAccountPasswordPolicy",
    ],
  },
  {
    category: "policy",
    eventSource: "iam.amazonaws.com",
    eventNames: [
      "AttachUserPolicy", "AttachGroupPolicy", "AttachRolePolicy", "DetachUserPolicy", "DetachGroupPolicy", "DetachRolePolicy",
      "PutUserPolicy", "PutGroupPolicy", "PutRolePolicy", "DeleteUserPolicy", "DeleteGroupPolicy", "DeleteRolePolicy",
      "CreatePolicy", "CreatePolicyVersion", "SetDefaultPolicyVersion", "PutUserPermissionsBoundary", "PutRolePermissionsBoundary",
    ],
  },
  {
    category: "key",
    eventSource: "iam.amazonaws.com",
    eventNames: ["CreateAccessKey", "UpdateAccessKey", "CreateServiceSpecificCredential", "UploadSSHPublicKey", "UploadSigningCertificate"],
  },
  { category: "key", eventSource: "kms.amazonaws.com", eventNames: ["CreateKey", "CreateGrant", "ImportKeyMaterial"] },
  { category: "key", eventSource: "ec2.amazonaws.com", eventNames: ["CreateKeyPair", "ImportKeyPair"] },
];

/** S3 calls that read object data. */
export const S3_READ_EVENTS: readonly string[] = ["GetObject", "GetObjectVersion", "HeadObject", "SelectObjectContent", "GetObjectAttributes", "GetObjectTorrent"];
/** S3 calls that list a bucket's contents. */
export const S3_LIST_EVENTS: readonly string[] = ["ListBucket", "ListObjects", "ListObjectsV2", "ListObjectVersions", "ListMultipartUploads", "ListParts"];
/** S3 calls that write, copy, delete or change objects. */
export const S3_WRITE_EVENTS: readonly string[] = [
  "PutObject", "CopyObject", "DeleteObject", "DeleteObjects", "DeleteObjectVersion", "CreateMultipartUpload", "UploadPart", "UploadPartCopy",
  "CompleteMultipartUpload", "AbortMultipartUpload", "RestoreObject", "PutObjectAcl", "PutObjectTagging", "DeleteObjectTagging",
  "PutObjectRetention", "PutObjectLegalHold",
];

/** Access classes of S3 calls, as stored in the tables below. */
export const ACCESS_OTHER = 0;
export const ACCESS_READ = 1;
export const ACCESS_WRITE = 2;
export const ACCESS_LIST = 3;

/** The access class of every eventName dictionary code. */
export function accessClasses(t: EventTable): Uint8Array {
  const dict = stringDict(t, "eventName");
  const classOf = new Map<string, number>();
  for (const n of S3_READ_EVENTS) classOf.set(n, ACCESS_READ);
  for (const n of S3_WRITE_EVENTS) classOf.set(n, ACCESS_WRITE);
  for (const n of S3_LIST_EVENTS) classOf.set(n, ACCESS_LIST);
  const out = new Uint8Array(dict.length);
  for (let c = 1; c < dict.length; c++) out[c] = classOf.get(dict[c]!) ?? ACCESS_OTHER;
  return out;
}

/**
 * Lookup tables for sensitive calls: a row is sensitive when
 * `byName[nameCode] & bySource[sourceCode]` is non-zero; the lowest set bit
 * names the group in SENSITIVE_ACTIONS.
 */
export interface SensitiveTables {
  byName: Uint32Array;
  bySource: Uint32Array;
}

/** Builds the sensitive-call tables over the table's dictionaries. */
export function sensitiveTables(t: EventTable): SensitiveTables {
  const names = stringDict(t, "eventName");
  const sources = stringDict(t, "eventSource");
  const byName = new Uint32Array(names.length);
  const bySource = new Uint32Array(sources.length);
  const nameBits = new Map<string, number>();
  const sourceBits = new Map<string, number>();
  SENSITIVE_ACTIONS.forEach((g, i) => {
    const bit = 1 << i;
    for (const n of g.eventNames) nameBits.set(n, (nameBits.get(n) ?? 0) | bit);
    sourceBits.set(g.eventSource, (sourceBits.get(g.eventSource) ?? 0) | bit);
  });
  for (let c = 1; c < names.length; c++) byName[c] = nameBits.get(names[c]!) ?? 0;
  for (let c = 1; c < sources.length; c++) bySource[c] = sourceBits.get(sources[c]!) ?? 0;
  return { byName, bySource };
}

/** The category of a sensitive group bit mask (non-zero). */
export function categoryOfMask(mask: number): SensitiveCategory {
  const group = SENSITIVE_ACTIONS[31 - Math.clz32(mask & -mask)];
  return group ? group.category : "iam-change";
}

/** The dictionary of a string field. */
export function stringDict(t: EventTable, field: string): readonly string[] {
  const col = t.column(field);
  if (col.kind !== "string") throw new Error(`Field "${field}" is not a string column`);
  return col.dict;
}

/** The codes and dictionary of a string field. */
export function stringCodes(t: EventTable, field: string): { codes: ArrayLike<number>; dict: readonly string[] } {
  const col = t.column(field);
  if (col.kind !== "string") throw new Error(`Field "${field}" is not a string column`);
  return { codes: col.codes, dict: col.dict };
}
