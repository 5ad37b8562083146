/**
 * Burst of denied calls: one principal collecting AccessDenied /
 * UnauthorizedOperation errors in quick succession, far above its own usual
 * rate of denials. Probing what stolen credentials may do looks like this.
 *
 * Follows Panther AWS.CloudTrail.UnauthorizedAPICall (unauthorized calls per
 * principal over a threshold) and Elastic's ML rule "Spike in AWS Error
 * Messages", with the principal's own denial rate as the baseline.
 */
import { activityOf } from "../activity";
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { HOUR_MS, MINUTE_MS, byTime, cell, rowsWhere, sessions, timeOf, valuesMatching, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtCounts, fmtList, fmtSpan, plural, render } from "../text";

/** Error codes that mean "not allowed" across services (AccessDenied, AccessDeniedException, Client.UnauthorizedOperation, …). */
export const DENIED_CODE = /AccessDenied|Unauthorized|NotAuthorized|Forbidden/i;
/** Denials further apart than this are separate episodes. */
export const DENIED_GAP_MS = 10 * MINUTE_MS;
/** Least denials in one episode: a misconfigured job fails a few times, a probe tries many doors. */
export const DENIED_MIN = 10;
/** How many times the principal's own usual rate (per active hour, outside the episode) an episode must reach. */
export const DENIED_FACTOR = 5;

export const rule: Rule = {
  id: "recon-access-denied-burst",
  title: "Burst of access-denied errors",
  severity: "high",
  stage: "discovery",
  mitre: techniques("T1580", "T1526"),
  fields: ["errorCode", "principal", "eventName", "eventSource", "time"],
  source: "Panther AWS.CloudTrail.UnauthorizedAPICall; Elastic ML Spike in AWS Error Messages",
  explain: "{principal} was denied {calls} within {span} ({events}) on {services}",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    const codes = valuesMatching(t, "errorCode", (v) => DENIED_CODE.test(v));
    if (codes.length === 0) return [];
    const act = activityOf(ctx);
    const pcodes = t.column("principal");
    if (pcodes.kind !== "string") return [];
    const rows = byTime(t, rowsWhere(t, [where("errorCode", ...codes)]));
    const total = new Map<number, number>();
    for (const r of rows) total.set(pcodes.codes[r], (total.get(pcodes.codes[r]) ?? 0) + 1);
    const out: Finding[] = [];
    for (const { key: p, rows: run } of sessions(t, rows, (r) => pcodes.codes[r], DENIED_GAP_MS)) {
      if (run.length < DENIED_MIN || act.service[p]) continue;
      const runHours = new Set(run.map((r) => Math.floor(timeOf(t, r) / HOUR_MS))).size;
      const otherHours = act.hours[p] - runHours;
      const usual = otherHours > 0 ? ((total.get(p) ?? 0) - run.length) / otherHours : 0;
      if (run.length < DENIED_FACTOR * usual * runHours) continue;
      const who = act.names[p];
      const names = run.map((r) => cell(t, "eventName", r));
      const services = [...new Set(run.map((r) => cell(t, "eventSource", r).replace(/\.amazonaws\.com$/, "")))];
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: run,
          // Many different calls denied is someone mapping their permissions; one call retried is a broken job.
          severity: new Set(names).size >= 5 ? "high" : "medium",
          summary: render(rule.explain, { principal: who, calls: plural(run.length, "call"), span: fmtSpan(timeOf(t, run[run.length - 1]) - timeOf(t, run[0])), events: fmtCounts(names), services: fmtList(services) }),
          entities: { principals: [who], ips: [...new Set(run.map((r) => cell(t, "sourceIp", r)))] },
        }),
      );
    }
    return out;
  },
};
