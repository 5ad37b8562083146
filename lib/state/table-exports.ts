/**
 * What the CSV exports of the findings, principals and buckets lists hold:
 * one header and one row of cells per item, times as ISO 8601 UTC. The text
 * is record data (names, summaries), made formula-safe by lib/state/csv.
 */
import type { Finding } from "../detect/finding";
import type { BucketRow, PrincipalRow } from "../worker/entity-types";
import type { CsvCell } from "./csv";
import { isoUtc } from "./time-format";

export interface CsvTable {
  header: string[];
  rows: CsvCell[][];
}

const time = (ms: number): CsvCell => (Number.isFinite(ms) ? isoUtc(ms) : null);

/** The findings list. */
export function findingsTable(findings: readonly Finding[]): CsvTable {
  return {
    header: ["start", "end", "severity", "rule", "title", "principal", "summary", "mitre", "events", "stage"],
    rows: findings.map((f) => [time(f.start), time(f.end), f.severity, f.rule, f.title, f.principal, f.summary, f.mitre.join(" "), f.rows.length, f.stage]),
  };
}

/** The principals list. */
export function principalsTable(rows: readonly PrincipalRow[]): CsvTable {
  return {
    header: ["principal", "type", "events", "apis", "errors", "firstSeen", "lastSeen", "sourceIps", "offHours", "sensitive"],
    rows: rows.map((p) => [p.name, p.type, p.events, p.apis, p.errors, time(p.firstSeen), time(p.lastSeen), p.sourceIps, p.offHours, p.sensitive]),
  };
}

/** The buckets list. */
export function bucketsTable(rows: readonly BucketRow[]): CsvTable {
  return {
    header: ["bucket", "sensitivity", "events", "reads", "writes", "objects", "principals", "offHours", "errors"],
    rows: rows.map((b) => [b.bucket, b.sensitivity, b.events, b.reads, b.writes, b.objects, b.principals, b.offHours, b.errors]),
  };
}
