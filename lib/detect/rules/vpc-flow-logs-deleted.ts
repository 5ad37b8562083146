/**
 * Network logging removed: VPC flow logs deleted, or Route 53 Resolver (VPC
 * DNS) query logging deleted or detached. Deleting flow logs while tearing a
 * VPC down is routine, so that case is reported at low severity.
 *
 * Follows SigmaHQ aws_cloudtrail_vpc_flow_logs_deleted.yml (DeleteFlowLogs) and
 * Stratus Red Team's notes for aws.defense-evasion.vpc-remove-flow-logs (only when
 * not closely followed by DeleteVpc) and aws.defense-evasion.dns-delete-logs
 * (DeleteResolverQueryLogConfig).
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { MINUTE_MS, SUCCEEDED, cell, rowsWhere, timeOf, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { render } from "../text";

/** A VPC deleted this close to the flow-log deletion, by the same principal, means a teardown (Stratus: "closely followed"). */
export const TEARDOWN_WINDOW_MS = 15 * MINUTE_MS;

const WHAT: Record<string, string> = {
  DeleteFlowLogs: "deleted VPC flow logs",
  DeleteResolverQueryLogConfig: "deleted a Route 53 Resolver (VPC DNS) query logging configuration",
  DisassociateResolverQueryLogConfig: "detached Route 53 Resolver (VPC DNS) query logging from a VPC",
};

export const rule: Rule = {
  id: "vpc-flow-logs-deleted",
  title: "VPC flow logs or DNS query logs deleted",
  severity: "high",
  stage: "defense-evasion",
  mitre: techniques("T1562.008"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "region"],
  source: "SigmaHQ aws_cloudtrail_vpc_flow_logs_deleted.yml; Stratus Red Team aws.defense-evasion.vpc-remove-flow-logs / dns-delete-logs",
  explain: "{principal} {what} in {region}{context}",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "ec2.amazonaws.com", "route53resolver.amazonaws.com"), where("eventName", ...Object.keys(WHAT)), SUCCEEDED]);
    const vpcDeletes = Array.from(rowsWhere(t, [where("eventName", "DeleteVpc"), SUCCEEDED]));
    return Array.from(rows, (row) => {
      const who = cell(t, "principal", row);
      const teardown = vpcDeletes.some((v) => cell(t, "principal", v) === who && Math.abs(timeOf(t, v) - timeOf(t, row)) <= TEARDOWN_WINDOW_MS);
      return makeFinding(t, rule, {
        principal: who,
        rows: [row],
        severity: teardown ? "low" : "high",
        summary: render(rule.explain, { principal: who, what: WHAT[cell(t, "eventName", row)], region: cell(t, "region", row) || "an unknown region", context: teardown ? " while deleting a VPC" : "" }),
        entities: { principals: [who], ips: [cell(t, "sourceIp", row)] },
      });
    });
  },
};
