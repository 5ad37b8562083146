/**
 * IAM backdoor user: a principal creates an IAM user and, within the hour,
 * gives it administrator rights or credentials of its own.
 *
 * Follows Elastic's hunt "User Creation with Administrator Policy Assigned"
 * (iam_user_creation_with_administrator_policy_assigned: CreateUser and an
 * AdministratorAccess AttachUserPolicy for the same target user) and Stratus Red
 * Team's note for aws.persistence.iam-create-admin-user ("CreateUser closely
 * followed by AttachUserPolicy with an administrator policy"), with SigmaHQ
 * aws_iam_backdoor_users_keys.yml for the credential half (keys made for a new user).
 */
import type { Finding } from "../finding";
import { describeGrants } from "../iam-grants";
import { makeFinding } from "../evidence";
import { techniques, type MitreId } from "../mitre";
import { MINUTE_MS, SUCCEEDED, byTime, cell, firstAtOrAfter, rowsWhere, timeOf, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtDelay, fmtList, render } from "../text";

/** How long after CreateUser a grant still counts as part of the same act (the 60 minutes; Stratus says "closely followed"). */
export const BACKDOOR_WINDOW_MS = 60 * MINUTE_MS;

const GRANTS = ["AttachUserPolicy", "PutUserPolicy", "AddUserToGroup"];
const CREDENTIALS = ["CreateAccessKey", "CreateLoginProfile"];

export const rule: Rule = {
  id: "iam-backdoor-user",
  title: "IAM backdoor user created",
  severity: "critical",
  stage: "persistence",
  mitre: techniques("T1136.003", "T1098.003", "T1098.001"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "targetUser", "policyArn", "raw:requestParameters.policyDocument", "raw:requestParameters.groupName"],
  source: "Elastic hunt iam_user_creation_with_administrator_policy_assigned; Stratus Red Team aws.persistence.iam-create-admin-user; SigmaHQ aws_iam_backdoor_users_keys.yml",
  explain: "{principal} created user {user} and {steps}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const creates = byTime(t, rowsWhere(t, [where("eventSource", "iam.amazonaws.com"), where("eventName", "CreateUser"), SUCCEEDED]));
    if (creates.length === 0) return [];
    const created = new Set(creates.map((r) => cell(t, "targetUser", r)).filter((u) => u !== ""));
    const follow = byTime(t, rowsWhere(t, [where("eventSource", "iam.amazonaws.com"), where("eventName", ...GRANTS, ...CREDENTIALS), where("targetUser", ...created), SUCCEEDED]));
    const grantRows = follow.filter((r) => GRANTS.includes(cell(t, "eventName", r)));
    const grants = new Map((await describeGrants(ctx, grantRows)).map((g) => [g.row, g]));
    // Follow-up calls per (principal, target user), in time order: each CreateUser only looks at its own.
    const byPair = new Map<string, number[]>();
    for (const r of follow) {
      const key = `${cell(t, "principal", r)}\u0000${cell(t, "targetUser", r)}`;
      let list = byPair.get(key);
      if (!list) byPair.set(key, (list = []));
      list.push(r);
    }
    const out: Finding[] = [];
    for (const c of creates) {
      const user = cell(t, "targetUser", c);
      const who = cell(t, "principal", c);
      const t0 = timeOf(t, c);
      const steps: { row: number; text: string; admin: boolean; creds: boolean }[] = [];
      const pair = byPair.get(`${who}\u0000${user}`) ?? [];
      for (let i = firstAtOrAfter(t, pair, t0); i < pair.length; i++) {
        const r = pair[i];
        const dt = timeOf(t, r) - t0;
        if (dt > BACKDOOR_WINDOW_MS) break;
        const name = cell(t, "eventName", r);
        const g = grants.get(r);
        if (g?.admin) steps.push({ row: r, text: `${name === "AddUserToGroup" ? "added it to" : "attached"} ${g.label}${name === "AddUserToGroup" ? "" : " to it"} ${fmtDelay(dt)}`, admin: true, creds: false });
        else if (CREDENTIALS.includes(name)) {
          steps.push({ row: r, text: `${name === "CreateAccessKey" ? "created an access key" : "gave it a console password"} for it ${fmtDelay(dt)}`, admin: false, creds: true });
        }
      }
      if (steps.length === 0) continue;
      const admin = steps.some((s) => s.admin);
      const creds = steps.some((s) => s.creds);
      const mitre: MitreId[] = ["T1136.003"];
      if (admin) mitre.push("T1098.003");
      if (creds) mitre.push("T1098.001");
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [c, ...steps.map((s) => s.row)],
          // Credentials alone are how service accounts are made every day; admin rights are what make it a backdoor.
          severity: admin ? "critical" : "medium",
          mitre,
          summary: render(rule.explain, { principal: who, user, steps: fmtList(steps.map((s) => s.text), 4) }),
          entities: { principals: [who], users: [user], ips: [cell(t, "sourceIp", c)] },
        }),
      );
    }
    return out;
  },
};
