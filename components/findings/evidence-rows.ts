/**
 * Evidence events as the findings and exfil views list them: one row per
 * event with what it acted on (user, role, policy, bucket and object) folded
 * into one column. Values stay text; columns are read as own properties only.
 */
import type { CellValue } from "../../lib/index/types";
import type { RowWindow } from "../../lib/worker/protocol";

/** The fields an evidence window fetches. */
export const EVIDENCE_FIELDS = ["time", "eventName", "principal", "targetUser", "roleName", "policyArn", "bucket", "objectKey", "sourceIp", "errorCode", "eventId"] as const;

export interface EvidenceRow {
  row: number;
  eventId: string;
  time: number;
  eventName: string;
  principal: string;
  /** "user svc-datasync · policy AdministratorAccess", "faketshirtco-financial-reports/2026/q4/a.xlsx", … */
  target: string;
  sourceIp: string;
  errorCode: string;
}

function text(v: CellValue | undefined): string {
  if (v === undefined) return "";
  return typeof v === "number" ? (Number.isNaN(v) ? "" : String(v)) : v;
}

/** The last path segment of an ARN ("arn:aws:iam::aws:policy/AdministratorAccess" → "AdministratorAccess"). */
export function arnName(arn: string): string {
  const at = arn.lastIndexOf("/");
  return at >= 0 && at < arn.length - 1 ? arn.slice(at + 1) : arn;
}

/** The rows of a window. */
export function evidenceRows(w: RowWindow): EvidenceRow[] {
  const col = (field: string, i: number) => (Object.hasOwn(w.columns, field) ? text(w.columns[field]?.[i]) : "");
  const out: EvidenceRow[] = [];
  for (let i = 0; i < w.rowIds.length; i++) {
    const parts: string[] = [];
    if (col("targetUser", i)) parts.push(`user ${col("targetUser", i)}`);
    if (col("roleName", i)) parts.push(`role ${col("roleName", i)}`);
    if (col("policyArn", i)) parts.push(`policy ${arnName(col("policyArn", i))}`);
    const bucket = col("bucket", i);
    const key = col("objectKey", i);
    if (bucket || key) parts.push(key ? `${bucket}/${key}` : bucket);
    const time = Object.hasOwn(w.columns, "time") ? w.columns.time?.[i] : undefined;
    out.push({
      row: w.rowIds[i]!,
      eventId: col("eventId", i),
      time: typeof time === "number" ? time : Number.NaN,
      eventName: col("eventName", i),
      principal: col("principal", i),
      target: parts.join(" · "),
      sourceIp: col("sourceIp", i),
      errorCode: col("errorCode", i),
    });
  }
  return out;
}
