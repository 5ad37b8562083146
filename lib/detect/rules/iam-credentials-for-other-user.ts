/**
 * Credentials made for somebody else: an access key or a console password
 * (login profile) created, or a password changed, for an IAM user other than
 * the caller. A classic way to keep access through another identity.
 *
 * Follows SigmaHQ aws_iam_backdoor_users_keys.yml (CreateAccessKey where the
 * caller is not the key's user) and Stratus Red Team's detection notes for
 * aws.persistence.iam-create-user-login-profile and
 * aws.privilege-escalation.iam-update-user-login-profile (CreateLoginProfile /
 * UpdateLoginProfile on another user).
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { render } from "../text";

const ACTIONS: Record<string, string> = {
  CreateAccessKey: "created an access key",
  CreateLoginProfile: "created a console password",
  UpdateLoginProfile: "changed the console password",
};

export const rule: Rule = {
  id: "iam-credentials-for-other-user",
  title: "Credentials created for another user",
  severity: "high",
  stage: "persistence",
  mitre: techniques("T1098.001"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "principalType", "targetUser"],
  source: "SigmaHQ aws_iam_backdoor_users_keys.yml; Stratus Red Team aws.persistence.iam-create-user-login-profile and aws.privilege-escalation.iam-update-user-login-profile",
  explain: "{principal} {action} for user {user}",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "iam.amazonaws.com"), where("eventName", ...Object.keys(ACTIONS)), SUCCEEDED]);
    const out: Finding[] = [];
    for (const row of rows) {
      const target = cell(t, "targetUser", row);
      const who = cell(t, "principal", row);
      // No userName means the caller acted on its own user; an IAM user naming itself is the same.
      if (target === "" || (cell(t, "principalType", row) === "IAMUser" && target === who)) continue;
      const name = cell(t, "eventName", row);
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          // A changed password locks the owner out and hands the account over; new keys add a second way in.
          severity: name === "UpdateLoginProfile" ? "high" : "medium",
          summary: render(rule.explain, { principal: who, action: ACTIONS[name], user: target }),
          entities: { principals: [who], users: [target], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
