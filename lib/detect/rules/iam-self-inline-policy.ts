/**
 * Self-escalation: a principal puts an inline policy on itself (its own user,
 * its own role, or a group it was added to in the loaded data).
 *
 * Follows SigmaHQ aws_iam_privileged_inline_policy_creation.yml (Put{User,Role,Group}Policy
 * as a privilege-escalation signal), narrowed to the caller acting on itself, the
 * escalation path Rhino Security Labs documents as "PutUserPolicy on oneself"
 * (cited by that Sigma rule).
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { MAX_GRANT_READS, PUT_POLICY_EVENTS, describeGrants } from "../iam-grants";
import { techniques } from "../mitre";
import { text } from "../raw";
import { SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { render } from "../text";

export const rule: Rule = {
  id: "iam-self-inline-policy",
  title: "Inline policy put on itself",
  severity: "critical",
  stage: "privilege-escalation",
  mitre: techniques("T1098.003"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "principalType", "targetUser", "roleName", "raw:requestParameters.policyDocument", "raw:requestParameters.groupName"],
  source: "SigmaHQ aws_iam_privileged_inline_policy_creation.yml (Put*Policy) narrowed to the caller's own user, role or group; Rhino Security Labs IAM privilege escalation via PutUserPolicy",
  explain: "{principal} put {grant} on {targetKind} {target}, which is itself{admin}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "iam.amazonaws.com"), where("eventName", ...PUT_POLICY_EVENTS), SUCCEEDED]);
    if (rows.length === 0) return [];
    // Group membership as far as the loaded data shows it: user → groups it was added to.
    const joins = rowsWhere(t, [where("eventSource", "iam.amazonaws.com"), where("eventName", "AddUserToGroup"), SUCCEEDED]);
    const memberOf = new Map<string, Set<string>>();
    for (const [row, rec] of await ctx.readRecords(joins.subarray(0, MAX_GRANT_READS))) {
      const u = cell(t, "targetUser", row);
      let set = memberOf.get(u);
      if (!set) memberOf.set(u, (set = new Set()));
      set.add(text(rec, "requestParameters.groupName"));
    }
    const out: Finding[] = [];
    for (const g of await describeGrants(ctx, rows)) {
      const who = cell(t, "principal", g.row);
      const type = cell(t, "principalType", g.row);
      const self =
        (g.targetKind === "user" && type === "IAMUser" && g.target === who) ||
        (g.targetKind === "role" && type === "AssumedRole" && g.target === who) ||
        (g.targetKind === "group" && type === "IAMUser" && (memberOf.get(who)?.has(g.target) ?? false));
      if (!self || g.target === "") continue;
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [g.row],
          // Any self-granted permission is an escalation; one that allows everything is a takeover.
          severity: g.admin ? "critical" : "high",
          summary: render(rule.explain, { principal: who, grant: g.label, targetKind: g.targetKind, target: g.target, admin: g.admin ? ", allowing every action on every resource" : "" }),
          entities: { principals: [who], users: g.targetKind === "user" ? [who] : [], ips: [cell(t, "sourceIp", g.row)] },
        }),
      );
    }
    return out;
  },
};
