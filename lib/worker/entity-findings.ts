/** Which findings are about one principal or one bucket (within a time range, when the filters set one), for the entity pages. */
import type { Finding } from "../detect/finding";
import type { TimeRange } from "../index/types";

/** True when the finding's [start, end] overlaps the half-open range (always, without a range). */
function overlaps(f: Finding, range: TimeRange | undefined): boolean {
  return !range || (f.end >= range.start && f.start < range.end);
}

/** Findings naming the principal as the actor, as an entity, or as the IAM user acted on; in time order. */
export function findingsForPrincipal(findings: readonly Finding[], principal: string, range?: TimeRange): Finding[] {
  return findings
    .filter((f) => overlaps(f, range) && (f.principal === principal || (f.entities.principals ?? []).includes(principal) || (f.entities.users ?? []).includes(principal)))
    .sort(byStart);
}

/** Findings whose entities name the bucket; in time order. */
export function findingsForBucket(findings: readonly Finding[], bucket: string, range?: TimeRange): Finding[] {
  return findings.filter((f) => overlaps(f, range) && (f.entities.buckets ?? []).includes(bucket)).sort(byStart);
}

function byStart(a: Finding, b: Finding): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
