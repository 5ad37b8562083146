/** Helpers for the generator's tests: generated datasets and record accessors. Test support only. */
import type { JsonObject } from "../../cloudtrail/types";
import { generateRecords, type CloudTrailRecord } from "../generate";
import type { GenerateOptions } from "../options";

const cache = new Map<string, CloudTrailRecord[]>();

/** All records for the options (small runs only), cached per options. */
export function demo(options: Partial<GenerateOptions> = {}): CloudTrailRecord[] {
  const key = JSON.stringify(options);
  let records = cache.get(key);
  if (!records) {
    records = [...generateRecords(options)];
    cache.set(key, records);
  }
  return records;
}

/** UTC hour of a record. */
export const hourOf = (r: CloudTrailRecord): number => Number(r.eventTime.slice(11, 13));

/** "YYYY-MM-DD" of a record. */
export const dateOf = (r: CloudTrailRecord): string => r.eventTime.slice(0, 10);

/** The date of scenario Day N for a period starting at `start`. */
export const dayDate = (start: string, n: number): string => new Date(Date.parse(`${start}T00:00:00Z`) + (n - 1) * 86_400_000).toISOString().slice(0, 10);

const identity = (r: CloudTrailRecord): JsonObject => r.userIdentity as JsonObject;

/** Who acted: the IAM user, the role behind a session, or the AWS service. */
export function actorOf(r: CloudTrailRecord): string {
  const u = identity(r);
  if (u.type === "IAMUser") return String(u.userName);
  if (u.type === "AssumedRole") return String(((u.sessionContext as JsonObject).sessionIssuer as JsonObject).userName);
  return String(u.invokedBy);
}

/** True for records made by a human employee (IAM users other than the data-pipeline service account). */
export const byPerson = (r: CloudTrailRecord): boolean => identity(r).type === "IAMUser" && identity(r).userName !== "data-pipeline";

/** requestParameters as an object ({} when null). */
export const params = (r: CloudTrailRecord): JsonObject => (r.requestParameters ?? {}) as JsonObject;

/** Records without a demo_id (the normal traffic). */
export const baselineOf = (records: CloudTrailRecord[]): CloudTrailRecord[] => records.filter((r) => r.demo_id === undefined);
