/**
 * Network ACL and route changes: entries, tables and associations created,
 * replaced or deleted. Grouped per principal within an hour; an ACL entry
 * allowing all traffic from the internet raises the severity.
 *
 * Follows SigmaHQ aws_cloudtrail_new_acl_entries.yml (CreateNetworkAclEntry) and
 * aws_cloudtrail_new_route_added.yml (CreateRoute), extended to the replace,
 * delete and association calls with the same effect.
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { worldCidrs } from "../network";
import { at, text } from "../raw";
import { HOUR_MS, SUCCEEDED, byTime, cell, rowsWhere, sessions, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtCounts, plural, render } from "../text";

export const ACL_EVENTS = ["CreateNetworkAclEntry", "ReplaceNetworkAclEntry", "DeleteNetworkAclEntry", "CreateNetworkAcl", "DeleteNetworkAcl", "ReplaceNetworkAclAssociation"];
export const ROUTE_EVENTS = ["CreateRoute", "ReplaceRoute", "DeleteRoute", "CreateRouteTable", "DeleteRouteTable", "AssociateRouteTable", "ReplaceRouteTableAssociation", "DisassociateRouteTable"];

/** Changes by one principal less than an hour apart are one piece of work (one change window, one Terraform run). */
export const CHANGE_GAP_MS = HOUR_MS;
/** Raw reads at most, for ACL entries only. */
const MAX_READS = 5_000;

export const rule: Rule = {
  id: "network-acl-route-changed",
  title: "Network ACL or route changed",
  severity: "medium",
  stage: "defense-evasion",
  mitre: techniques("T1562.007"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "raw:requestParameters.cidrBlock", "raw:requestParameters.ruleAction", "raw:requestParameters.egress"],
  source: "SigmaHQ aws_cloudtrail_new_acl_entries.yml and aws_cloudtrail_new_route_added.yml",
  explain: "{principal} made {changes} to network ACLs and routes ({events}){open}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = byTime(t, rowsWhere(t, [where("eventSource", "ec2.amazonaws.com"), where("eventName", ...ACL_EVENTS, ...ROUTE_EVENTS), SUCCEEDED]));
    const entries = rows.filter((r) => /^(Create|Replace)NetworkAclEntry$/.test(cell(t, "eventName", r)));
    const recs = await ctx.readRecords(entries.slice(0, MAX_READS));
    const openRows = new Set<number>();
    for (const [row, rec] of recs) {
      const allowAll = text(rec, "requestParameters.ruleAction") === "allow" && ["-1", "all"].includes(text(rec, "requestParameters.aclProtocol") || "-1");
      if (allowAll && at(rec, "requestParameters.egress") !== true && worldCidrs(at(rec, "requestParameters")).length > 0) openRows.add(row);
    }
    return sessions(t, rows, (r) => cell(t, "principal", r), CHANGE_GAP_MS).map(({ key: who, rows: g }) => {
      const open = g.some((r) => openRows.has(r));
      return makeFinding(t, rule, {
        principal: who,
        rows: g,
        // Route and ACL edits are everyday network work; an ACL that lets all internet traffic in is not.
        severity: open ? "medium" : "low",
        summary: render(rule.explain, { principal: who, changes: plural(g.length, "change"), events: fmtCounts(g.map((r) => cell(t, "eventName", r))), open: open ? ", including an ACL entry allowing all inbound traffic from the internet" : "" }),
        entities: { principals: [who], ips: [...new Set(g.map((r) => cell(t, "sourceIp", r)))] },
      });
    });
  },
};
