/**
 * Role trust opened: a role's trust policy (UpdateAssumeRolePolicy, or a new
 * role's assumeRolePolicyDocument) lets in another AWS account or everyone.
 *
 * Follows SigmaHQ aws_iam_assume_role_policy_updated.yml (UpdateAssumeRolePolicy,
 * AWS services excluded) and Stratus Red Team's detection notes for
 * aws.persistence.iam-backdoor-role and aws.persistence.iam-create-backdoor-role
 * (a trust policy allowing an external AWS account), judged the way IAM Access
 * Analyzer does: principals outside the role's account, or "*".
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { externalGrantees } from "../policy";
import { at, document } from "../raw";
import { SUCCEEDED, cell, isServiceCall, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtList, render } from "../text";

/** Raw records read at most: trust policy changes are rare, a flood of them is not worth reading all. */
const MAX_READS = 5_000;

export const rule: Rule = {
  id: "iam-role-trust-opened",
  title: "Role trust policy opened to other accounts",
  severity: "critical",
  stage: "persistence",
  mitre: techniques("T1098.003"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "roleName", "accountId", "recipientAccountId", "raw:requestParameters.policyDocument", "raw:requestParameters.assumeRolePolicyDocument"],
  source: "SigmaHQ aws_iam_assume_role_policy_updated.yml; Stratus Red Team aws.persistence.iam-backdoor-role / iam-create-backdoor-role",
  explain: "{principal} {action} role {role} so that {grantees} can assume it",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = Array.from(rowsWhere(t, [where("eventSource", "iam.amazonaws.com"), where("eventName", "UpdateAssumeRolePolicy", "CreateRole"), SUCCEEDED])).filter((r) => !isServiceCall(t, r));
    const recs = await ctx.readRecords(rows.slice(0, MAX_READS));
    const out: Finding[] = [];
    for (const [row, rec] of recs) {
      const update = cell(t, "eventName", row) === "UpdateAssumeRolePolicy";
      const doc = document(at(rec, update ? "requestParameters.policyDocument" : "requestParameters.assumeRolePolicyDocument"));
      const own = cell(t, "recipientAccountId", row) || cell(t, "accountId", row);
      const external = externalGrantees(doc, own);
      if (external.length === 0) continue;
      const everyone = external.some((g) => g.kind === "everyone" && !g.conditional);
      const who = cell(t, "principal", row);
      const names = [...new Set(external.map((g) => (g.kind === "everyone" ? "everyone" : `account ${g.account}`)))];
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          // Anyone at all is a takeover; another account is a backdoor unless that account is a known partner, which only the analyst knows.
          severity: everyone ? "critical" : update ? "high" : "medium",
          summary: render(rule.explain, { principal: who, action: update ? "changed the trust policy of" : "created", role: cell(t, "roleName", row) || "(unnamed)", grantees: fmtList(names) }),
          entities: { principals: [who], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
