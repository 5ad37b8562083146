/**
 * Known attack and audit tools: calls whose userAgent names an offensive
 * framework (Pacu, Stratus Red Team, Grimoire, CloudFox, …), a penetration-testing
 * distribution (Kali, Parrot, Pentoo) or a cloud scanner (ScoutSuite,
 * Prowler, …). Grouped per principal, tool and UTC day.
 *
 * Follows GuardDuty's PenTest:IAMUser/KaliLinux, ParrotLinux and PentooLinux
 * findings, Elastic "AWS CLI with Kali Linux Fingerprint Identified" and SigmaHQ
 * aws_cloudtrail_pua_trufflehog.yml (a tool's userAgent as the signal).
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { DAY_MS, byTime, cell, rowsWhere, valuesMatching, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtCounts, fmtDay, plural, render } from "../text";

/** Tool signatures: the name shown and whether the tool exists to attack (high) or to audit (medium: security teams run these). */
export const TOOLS: readonly { name: string; pattern: RegExp; offensive: boolean }[] = [
  { name: "Pacu", pattern: /pacu/i, offensive: true },
  { name: "Stratus Red Team", pattern: /stratus-red-team/i, offensive: true },
  // Datadog's Grimoire detonates Stratus techniques and tags its SDK calls with exec-env/grimoire_<uuid>.
  { name: "Grimoire", pattern: /exec-env\/grimoire_/i, offensive: true },
  { name: "CloudFox", pattern: /cloudfox/i, offensive: true },
  { name: "WeirdAAL", pattern: /weirdaal/i, offensive: true },
  { name: "TruffleHog", pattern: /trufflehog/i, offensive: true },
  { name: "S3Scanner", pattern: /s3scanner/i, offensive: true },
  { name: "enumerate-iam", pattern: /enumerate-iam/i, offensive: true },
  // Distributions appear in botocore/CLI user agents as an OS or distrib field.
  { name: "Kali Linux", pattern: /(?:^|[^a-z])kali(?:[^a-z]|$)/i, offensive: true },
  { name: "Parrot OS", pattern: /(?:^|[^a-z])parrot(?:[^a-z]|$)/i, offensive: true },
  { name: "Pentoo", pattern: /pentoo/i, offensive: true },
  { name: "ScoutSuite", pattern: /scout ?suite/i, offensive: false },
  { name: "Prowler", pattern: /prowler/i, offensive: false },
  { name: "CloudSploit", pattern: /cloudsploit/i, offensive: false },
  { name: "CloudMapper", pattern: /cloudmapper/i, offensive: false },
];

/** The tool a userAgent names, if any. */
export function toolOf(userAgent: string): (typeof TOOLS)[number] | undefined {
  return TOOLS.find((tool) => tool.pattern.test(userAgent));
}

export const rule: Rule = {
  id: "recon-scanner-user-agent",
  title: "Known attack or scanning tool used",
  severity: "high",
  stage: "discovery",
  mitre: techniques("T1526"),
  fields: ["userAgent", "principal", "eventName", "time"],
  source: "GuardDuty PenTest:IAMUser/KaliLinux|ParrotLinux|PentooLinux; Elastic AWS CLI with Kali Linux Fingerprint Identified; SigmaHQ aws_cloudtrail_pua_trufflehog.yml",
  explain: "{principal} made {calls} with {tool} on {day} ({events})",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    // Each distinct userAgent is tested once, in the dictionary, not once per row.
    const agents = valuesMatching(t, "userAgent", (ua) => toolOf(ua) !== undefined);
    if (agents.length === 0) return [];
    const groups = new Map<string, number[]>();
    for (const r of byTime(t, rowsWhere(t, [where("userAgent", ...agents)]))) {
      const key = `${cell(t, "principal", r)}|${toolOf(cell(t, "userAgent", r))?.name}|${Math.floor(t.times.values[r] / DAY_MS)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(r);
    }
    return [...groups.values()].map((g) => {
      const who = cell(t, "principal", g[0]);
      const tool = toolOf(cell(t, "userAgent", g[0]));
      return makeFinding(t, rule, {
        principal: who,
        rows: g,
        severity: tool?.offensive ? "high" : "medium",
        summary: render(rule.explain, { principal: who, calls: plural(g.length, "call"), tool: tool?.name ?? "a known tool", day: fmtDay(t.times.values[g[0]]), events: fmtCounts(g.map((r) => cell(t, "eventName", r))) }),
        entities: { principals: [who], ips: [...new Set(g.map((r) => cell(t, "sourceIp", r)))] },
      });
    });
  },
};
