/**
 * What the engine's entity methods (principals, principal, buckets, bucket)
 * answer. One object per principal, bucket, object or value, never per
 * event; times are epoch ms (UTC).
 */
import type { Finding } from "../detect/finding";
import type { Sensitivity } from "../detect/sensitivity";
import type { HistogramResult } from "../index/types";

/** One principal of the principals list. */
export interface PrincipalRow {
  name: string;
  /** Its most frequent principalType (IAMUser, AssumedRole, Root, AWSService, …). */
  type: string;
  events: number;
  /** Distinct event names. */
  apis: number;
  /** Calls that came back with an errorCode. */
  errors: number;
  /** errors / events. */
  errorRate: number;
  firstSeen: number;
  lastSeen: number;
  /** Distinct source IPs. */
  sourceIps: number;
  /** Calls in off-hours (see OFF_HOURS). */
  offHours: number;
  /** offHours / events. */
  offHoursShare: number;
  /** Calls in SENSITIVE_ACTIONS (IAM changes, policy changes, key creation). */
  sensitive: number;
}

/** Count of a value with its first and last time. */
export interface ValueSeen {
  value: string;
  count: number;
  first: number;
  last: number;
}

/** Top values of a field and how many distinct values there were. */
export interface TopValues {
  items: ValueSeen[];
  distinct: number;
}

/** Hour-of-day × day counts: row r covers days [start + r·daysPerRow, +daysPerRow), column h is UTC hour h. */
export interface Heatmap {
  /** 00:00 UTC of the first row's first day. */
  start: number;
  daysPerRow: number;
  rows: number;
  /** counts[row * 24 + hour]. */
  counts: Uint32Array;
  /** The event name the counts are limited to; "" for every event. */
  eventName: string;
  max: number;
}

/** How one principal used one bucket (or how often one bucket was used, in the buckets list). */
export interface BucketUse {
  bucket: string;
  events: number;
  reads: number;
  writes: number;
  lists: number;
  /** Other calls naming the bucket (its configuration: ACLs, policies, …). */
  other: number;
  first: number;
  last: number;
}

export type SensitiveCategory = "iam-change" | "policy" | "key";

/** One sensitive call, as the principal page lists it. */
export interface SensitiveCall {
  row: number;
  eventId: string;
  time: number;
  eventName: string;
  eventSource: string;
  category: SensitiveCategory;
  /** The user, role or policy it acted on, when the record names one. */
  targetUser: string;
  roleName: string;
  policyArn: string;
  errorCode: string;
}

/** Everything the principal page shows. */
export interface PrincipalDetail {
  name: string;
  /** null when the principal has no events under the filters. */
  summary: PrincipalRow | null;
  /** Distinct ARNs and accounts it appeared with (at most a few). */
  arns: string[];
  accounts: string[];
  heatmap: Heatmap;
  /** Events over time stacked by event name. */
  activity: HistogramResult;
  apis: TopValues;
  sourceIps: TopValues;
  userAgents: TopValues;
  buckets: BucketUse[];
  sensitiveCalls: { calls: SensitiveCall[]; total: number };
  errors: TopValues;
  /** Findings naming this principal (as actor, entity or target user). */
  findings: Finding[];
}

/** Where a bucket's level comes from. */
export type SensitivitySource = "analyst" | "default" | "name";

/** One bucket of the buckets list. */
export interface BucketRow extends BucketUse {
  /** Distinct object keys. */
  objects: number;
  /** Distinct principals. */
  principals: number;
  offHours: number;
  errors: number;
  sensitivity: Sensitivity;
  sensitivitySource: SensitivitySource;
}

/** One object of a bucket. */
export interface ObjectRow {
  key: string;
  count: number;
  reads: number;
  writes: number;
  /** The first principals that touched it (at most OBJECT_PRINCIPALS), most active first. */
  principals: string[];
  principalCount: number;
  first: number;
  last: number;
  /** Sum of additionalEventData.bytesTransferredOut; null when no call recorded it. */
  bytesOut: number | null;
}

/** A principal that listed the bucket, and when it first read from it. */
export interface ListThenRead {
  principal: string;
  lists: number;
  reads: number;
  firstList: number;
  /** null when it never read. */
  firstRead: number | null;
  /** Listed at or before its first read. */
  beforeRead: boolean;
}

/** Off-hours use of a bucket by one principal. */
export interface OffHoursUse {
  principal: string;
  count: number;
  reads: number;
  first: number;
  last: number;
}

/** Everything the bucket page shows. */
export interface BucketDetail {
  name: string;
  /** null when the bucket has no events under the filters. */
  summary: BucketRow | null;
  sensitivity: Sensitivity;
  sensitivitySource: SensitivitySource;
  /** Access over time stacked by principal, and by event name (same buckets). */
  byPrincipal: HistogramResult;
  byEventName: HistogramResult;
  objects: { rows: ObjectRow[]; total: number };
  listing: ListThenRead[];
  offHours: { total: number; weekend: number; night: number; byHour: number[]; byPrincipal: OffHoursUse[] };
  findings: Finding[];
}
