/**
 * Administrator rights granted: an admin-level managed policy attached to a
 * user, group or role, or an inline policy allowing every action on every
 * resource put on one.
 *
 * Follows SigmaHQ aws_iam_attach_critical_managed_policy.yml (AdministratorAccess,
 * PowerUserAccess, IAMFullAccess via Attach{User,Role,Group}Policy) and
 * aws_iam_privileged_inline_policy_creation.yml (Put*Policy with Allow "*" on "*"),
 * like Elastic's "AWS IAM AdministratorAccess Policy Attached to User/Group/Role".
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { ATTACH_EVENTS, PUT_POLICY_EVENTS, describeGrants } from "../iam-grants";
import { techniques } from "../mitre";
import { SUCCEEDED, cell, isServiceCall, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { render } from "../text";

export const rule: Rule = {
  id: "iam-admin-policy-attached",
  title: "Administrator policy granted",
  severity: "high",
  stage: "privilege-escalation",
  mitre: techniques("T1098.003"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "policyArn", "targetUser", "roleName", "raw:requestParameters.policyDocument", "raw:requestParameters.groupName"],
  source: "SigmaHQ aws_iam_attach_critical_managed_policy.yml and aws_iam_privileged_inline_policy_creation.yml; Elastic AWS IAM AdministratorAccess Policy Attached to User/Group/Role",
  explain: "{principal} gave {targetKind} {target} administrator rights ({grant})",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "iam.amazonaws.com"), where("eventName", ...ATTACH_EVENTS, ...PUT_POLICY_EVENTS), SUCCEEDED]);
    // Managed attachments are judged from the indexed policyArn; only inline documents (and group names) need the raw record.
    const candidates = Array.from(rows).filter((r) => !isServiceCall(t, r) && (!cell(t, "eventName", r).startsWith("Attach") || cell(t, "policyArn", r) !== ""));
    const grants = await describeGrants(ctx, candidates);
    return grants
      .filter((g) => g.admin)
      .map((g) => {
        const who = cell(t, "principal", g.row);
        return makeFinding(t, rule, {
          principal: who,
          rows: [g.row],
          summary: render(rule.explain, { principal: who, targetKind: g.targetKind, target: g.target || "(unnamed)", grant: g.label }),
          entities: { principals: [who], users: g.targetKind === "user" ? [g.target] : [], ips: [cell(t, "sourceIp", g.row)] },
        });
      });
  },
};
