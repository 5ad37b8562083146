/**
 * Snapshot or machine image shared: an EBS snapshot's createVolumePermission,
 * an AMI's launchPermission or an RDS snapshot's restore attribute given to
 * another account, or to everyone ("all"). Removing permissions is ignored.
 *
 * Follows SigmaHQ aws_snapshot_backup_exfiltration.yml (ModifySnapshotAttribute)
 * and aws_rds_snapshot_shared_with_external_account.yml, and Stratus Red Team's
 * notes for aws.exfiltration.ec2-share-ebs-snapshot, ec2-share-ami and
 * rds-share-snapshot (an "add" naming a new account, or group "all").
 */
import type { JsonObject } from "../../cloudtrail/types";
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { at, items, list, text } from "../raw";
import { SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtList, render } from "../text";

const EVENTS = ["ModifySnapshotAttribute", "ModifyImageAttribute", "ModifyDBSnapshotAttribute", "ModifyDBClusterSnapshotAttribute"];
/** Raw reads at most. */
const MAX_READS = 5_000;

/** What was shared and with whom ("all" = public), or null for calls that share nothing new. */
function shared(name: string, rec: JsonObject): { what: string; with: string[] } | null {
  let what: string;
  let added: string[];
  if (name === "ModifySnapshotAttribute" || name === "ModifyImageAttribute") {
    const snapshot = name === "ModifySnapshotAttribute";
    const perm = at(rec, snapshot ? "requestParameters.createVolumePermission.add" : "requestParameters.launchPermission.add");
    added = items(perm).map((i) => text(i, "group") || text(i, "userId") || text(i, "organizationArn") || text(i, "organizationalUnitArn")).filter((v) => v !== "");
    what = snapshot ? `EBS snapshot ${text(rec, "requestParameters.snapshotId")}` : `machine image ${text(rec, "requestParameters.imageId")}`;
  } else {
    if (text(rec, "requestParameters.attributeName") !== "restore") return null;
    added = list(at(rec, "requestParameters.valuesToAdd")).filter((v): v is string => typeof v === "string");
    what = `RDS snapshot ${text(rec, "requestParameters.dBSnapshotIdentifier") || text(rec, "requestParameters.dBClusterSnapshotIdentifier")}`;
  }
  return added.length ? { what, with: added } : null;
}

export const rule: Rule = {
  id: "snapshot-or-image-shared",
  title: "Snapshot or machine image shared outside the account",
  severity: "critical",
  stage: "exfiltration",
  mitre: techniques("T1537"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "accountId", "raw:requestParameters.createVolumePermission", "raw:requestParameters.launchPermission", "raw:requestParameters.valuesToAdd"],
  source: "SigmaHQ aws_snapshot_backup_exfiltration.yml and aws_rds_snapshot_shared_with_external_account.yml; Stratus Red Team aws.exfiltration.ec2-share-ebs-snapshot / ec2-share-ami / rds-share-snapshot",
  explain: "{principal} shared {what} with {grantees}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "ec2.amazonaws.com", "rds.amazonaws.com"), where("eventName", ...EVENTS), SUCCEEDED]);
    const out: Finding[] = [];
    for (const [row, rec] of await ctx.readRecords(rows.subarray(0, MAX_READS))) {
      const s = shared(cell(t, "eventName", row), rec);
      if (!s) continue;
      const own = cell(t, "recipientAccountId", row) || cell(t, "accountId", row);
      const others = s.with.filter((a) => a !== own);
      if (others.length === 0) continue;
      const isPublic = others.some((a) => a.toLowerCase() === "all");
      const who = cell(t, "principal", row);
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          severity: isPublic ? "critical" : "high",
          summary: render(rule.explain, { principal: who, what: s.what, grantees: fmtList(others.map((a) => (a.toLowerCase() === "all" ? "everyone (made public)" : /^\d+$/.test(a) ? `account ${a}` : a))) }),
          entities: { principals: [who], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
