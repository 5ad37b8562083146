/**
 * Security group opened to the internet: an ingress rule allowing
 * 0.0.0.0/0 or ::/0 (any /0 range). Remote-access, database and all-port
 * openings are high; other ports (a public web server) medium.
 *
 * Follows SigmaHQ aws_cloudtrail_security_group_change_ingress_egress.yml
 * (AuthorizeSecurityGroupIngress) narrowed as Stratus Red Team's detection note
 * for aws.exfiltration.ec2-security-group-open-port-22-ingress says: cidrIp
 * 0.0.0.0/0 on a port that is not commonly exposed.
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { exposesSensitivePort, fmtPorts, portRange, worldCidrs } from "../network";
import { at, text } from "../raw";
import { SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtList, render } from "../text";

/** Raw reads at most (security group edits can be frequent in automated accounts). */
const MAX_READS = 10_000;

export const rule: Rule = {
  id: "security-group-opened",
  title: "Security group opened to the internet",
  severity: "high",
  stage: "defense-evasion",
  mitre: techniques("T1562.007"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "raw:requestParameters"],
  source: "SigmaHQ aws_cloudtrail_security_group_change_ingress_egress.yml; Stratus Red Team aws.exfiltration.ec2-security-group-open-port-22-ingress",
  explain: "{principal} opened {ports} of security group {group} to {cidrs}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "ec2.amazonaws.com"), where("eventName", "AuthorizeSecurityGroupIngress", "ModifySecurityGroupRules"), SUCCEEDED]);
    const recs = await ctx.readRecords(rows.subarray(0, MAX_READS));
    const out: Finding[] = [];
    for (const [row, rec] of recs) {
      const params = at(rec, "requestParameters");
      const cidrs = worldCidrs(params);
      if (cidrs.length === 0) continue;
      const range = portRange(params);
      const who = cell(t, "principal", row);
      const group = text(rec, "requestParameters.groupId") || text(rec, "requestParameters.groupName") || text(rec, "requestParameters.ModifySecurityGroupRulesRequest.GroupId") || "(unknown)";
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          severity: exposesSensitivePort(range) ? "high" : "medium",
          summary: render(rule.explain, { principal: who, ports: fmtPorts(range), group, cidrs: fmtList(cidrs) }),
          entities: { principals: [who], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
