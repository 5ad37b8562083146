/**
 * GuardDuty switched off: a detector deleted, or updated with enable=false.
 *
 * Follows SigmaHQ aws_guardduty_detector_deleted_or_updated.yml (successful
 * DeleteDetector, or UpdateDetector with requestParameters.enable false) and
 * Elastic defense_evasion_guardduty_detector_deletion.
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { at, text } from "../raw";
import { SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { render } from "../text";

export const rule: Rule = {
  id: "guardduty-disabled",
  title: "GuardDuty detector deleted or disabled",
  severity: "high",
  stage: "defense-evasion",
  mitre: techniques("T1562.001"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "region", "raw:requestParameters.enable", "raw:requestParameters.detectorId"],
  source: "SigmaHQ aws_guardduty_detector_deleted_or_updated.yml; Elastic defense_evasion_guardduty_detector_deletion",
  explain: "{principal} {verb} GuardDuty detector {detector} in {region}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "guardduty.amazonaws.com"), where("eventName", "DeleteDetector", "UpdateDetector"), SUCCEEDED]);
    const recs = await ctx.readRecords(rows);
    const out: Finding[] = [];
    for (const row of rows) {
      const rec = recs.get(row);
      const del = cell(t, "eventName", row) === "DeleteDetector";
      // CloudTrail writes the flag as a boolean; some exporters write it as text.
      const enable = at(rec, "requestParameters.enable");
      if (!del && enable !== false && enable !== "false") continue;
      const who = cell(t, "principal", row);
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          summary: render(rule.explain, { principal: who, verb: del ? "deleted" : "disabled", detector: text(rec, "requestParameters.detectorId") || "(unknown)", region: cell(t, "region", row) || "an unknown region" }),
          entities: { principals: [who], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
