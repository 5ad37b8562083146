/**
 * Console sign-in without MFA: a successful ConsoleLogin of an IAM user or
 * root where MFA was not used. Federated (SAML/SSO) sign-ins are left out:
 * their MFA happens at the identity provider, so CloudTrail always says "No".
 * One finding per principal and UTC day.
 *
 * Follows SigmaHQ aws_cloudtrail_console_login_without_mfa.yml (ConsoleLogin,
 * success, additionalEventData.MFAUsed "No") and Stratus Red Team
 * aws.initial-access.console-login-without-mfa.
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { text } from "../raw";
import { DAY_MS, byTime, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtDay, fmtList, plural, render } from "../text";

export const rule: Rule = {
  id: "console-login-without-mfa",
  title: "Console login without MFA",
  severity: "high",
  stage: "initial-access",
  mitre: techniques("T1078.004"),
  fields: ["eventName", "principalType", "mfa", "errorCode", "errorMessage", "principal", "sourceIp", "raw:responseElements.ConsoleLogin"],
  source: "SigmaHQ aws_cloudtrail_console_login_without_mfa.yml; Stratus Red Team aws.initial-access.console-login-without-mfa",
  explain: "{principal} signed in to the console without MFA {times} on {day} from {ips}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventName", "ConsoleLogin"), where("principalType", "IAMUser", "Root"), where("mfa", "false"), where("errorCode", ""), where("errorMessage", "")]);
    const recs = await ctx.readRecords(rows);
    const groups = new Map<string, number[]>();
    for (const r of byTime(t, rows)) {
      // The record says Success or Failure; when it cannot be read, no error fields already mean success.
      const rec = recs.get(r);
      if (rec && text(rec, "responseElements.ConsoleLogin") !== "Success") continue;
      const key = `${cell(t, "principal", r)}|${Math.floor(t.times.values[r] / DAY_MS)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(r);
    }
    return [...groups.values()].map((g) => {
      const who = cell(t, "principal", g[0]);
      const ips = [...new Set(g.map((r) => cell(t, "sourceIp", r)).filter((ip) => ip !== ""))];
      return makeFinding(t, rule, {
        principal: who,
        rows: g,
        // Root without MFA is the one login that must never happen.
        severity: cell(t, "principalType", g[0]) === "Root" ? "high" : "medium",
        summary: render(rule.explain, { principal: who, times: g.length === 1 ? "once" : plural(g.length, "time"), day: fmtDay(t.times.values[g[0]]), ips: ips.length ? fmtList(ips) : "an unknown address" }),
        entities: { principals: [who], ips },
      });
    });
  },
};
