/**
 * S3 versioning suspended (or MFA delete turned off): the step before
 * deleting or overwriting objects for good, as in S3 ransomware.
 *
 * Follows SigmaHQ aws_disable_bucket_versioning.yml (PutBucketVersioning whose
 * requestParameters contain "Suspended").
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { text } from "../raw";
import { SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { render } from "../text";

/** Raw reads at most. */
const MAX_READS = 5_000;

export const rule: Rule = {
  id: "s3-versioning-suspended",
  title: "S3 bucket versioning suspended",
  severity: "high",
  stage: "impact",
  mitre: techniques("T1490"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "bucket", "raw:requestParameters.VersioningConfiguration"],
  source: "SigmaHQ aws_disable_bucket_versioning.yml",
  explain: "{principal} {what} on bucket {bucket}{sensitivity}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "s3.amazonaws.com"), where("eventName", "PutBucketVersioning"), SUCCEEDED]);
    const recs = await ctx.readRecords(rows.subarray(0, MAX_READS));
    const out: Finding[] = [];
    for (const [row, rec] of recs) {
      const suspended = text(rec, "requestParameters.VersioningConfiguration.Status") === "Suspended";
      const mfaOff = text(rec, "requestParameters.VersioningConfiguration.MfaDelete") === "Disabled";
      if (!suspended && !mfaOff) continue;
      const bucket = cell(t, "bucket", row);
      const level = ctx.sensitivity(bucket);
      const who = cell(t, "principal", row);
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          severity: level === "low" ? "medium" : "high",
          summary: render(rule.explain, { principal: who, what: suspended ? "suspended versioning" : "turned off MFA delete", bucket, sensitivity: level === "low" ? "" : ` (${level} sensitivity)` }),
          entities: { principals: [who], buckets: [bucket], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
