/**
 * Root account usage: calls signed by the account's root user, except events
 * AWS services emit on their own. One finding per account and UTC day.
 *
 * Follows SigmaHQ aws_root_account_usage.yml (userIdentity.type Root and not
 * eventType AwsServiceEvent), also excluding calls an AWS service made on root's
 * behalf (invokedBy).
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { DAY_MS, byTime, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtCounts, fmtDay, plural, render } from "../text";

export const rule: Rule = {
  id: "root-account-usage",
  title: "Root account used",
  severity: "high",
  stage: "privilege-escalation",
  mitre: techniques("T1078.004"),
  fields: ["principalType", "eventType", "invokedBy", "eventName", "readOnly", "accountId", "sourceIp"],
  source: "SigmaHQ aws_root_account_usage.yml",
  explain: "The root user of account {account} made {calls} on {day} ({events}) from {ips}",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    const rows = byTime(t, rowsWhere(t, [where("principalType", "Root"), { field: "eventType", values: ["AwsServiceEvent"], negate: true }, where("invokedBy", "")]));
    const groups = new Map<string, number[]>();
    for (const r of rows) {
      const key = `${cell(t, "accountId", r)}|${Math.floor(t.times.values[r] / DAY_MS)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(r);
    }
    return [...groups.values()].map((g) => {
      const names = g.map((r) => cell(t, "eventName", r));
      const ips = [...new Set(g.map((r) => cell(t, "sourceIp", r)).filter((ip) => ip !== ""))];
      // Reading is how root gets noticed; changing things or signing in to the console is how it gets abused.
      const acts = g.some((r) => cell(t, "readOnly", r) !== "true") || names.includes("ConsoleLogin");
      const account = cell(t, "accountId", g[0]);
      return makeFinding(t, rule, {
        principal: "root",
        rows: g,
        severity: acts ? "high" : "medium",
        summary: render(rule.explain, { account: account || "(unknown)", calls: plural(g.length, "call"), day: fmtDay(t.times.values[g[0]]), events: fmtCounts(names), ips: ips.length ? ips.join(", ") : "an unknown address" }),
        entities: { principals: ["root"], ips },
      });
    });
  },
};
