/**
 * Off-hours activity: a principal acting at hours of the day when its own
 * history shows no activity (or, with too little history, when nobody in its
 * account acts), or on a weekend when it never works weekends. History is
 * built day by day, and flagged hours do not join it, so four nights in a row
 * are four findings rather than one that teaches the baseline. Hours are UTC.
 *
 * Follows Elastic's ML job auth_rare_hour_for_a_user ("Unusual Hour for a User
 * to Logon": a time_of_day detector per user) and the seed's SPL search 5
 * (activity by user at hours < 6 or > 22), with the principal's own hours in
 * place of fixed office hours.
 */
import { activityOf } from "../activity";
import { makeFinding } from "../evidence";
import type { Finding, Severity } from "../finding";
import { techniques } from "../mitre";
import { DAY_MS, HOUR_MS, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtCounts, fmtDay, fmtList, plural, render } from "../text";
import { dayMasks, hourRanges, widen } from "../hour-masks";

/** Days of history before a principal's hours mean anything (a working week). */
export const OFF_HOURS_MIN_HISTORY_DAYS = 5;
/**
 * Hours either side of usual activity that still count as usual: starting an hour early or staying an hour late is not an
 * intrusion. Kept at one: tolerated hours join the history, so a wider margin lets the history creep into the night.
 */
export const OFF_HOURS_MARGIN = 1;
/** A weekend is "never worked" only once the history spans at least a week (so it has seen a weekend). */
export const WEEKEND_MIN_SPAN_DAYS = 7;

const isWeekend = (day: number): boolean => {
  const wd = new Date(day * DAY_MS).getUTCDay();
  return wd === 0 || wd === 6;
};

interface Flag {
  p: number;
  day: number;
  hours: number;
  weekend: boolean;
  history: number;
  /** Whose history judged it: the principal's own, or its account's. */
  basis: "own" | "account";
}

export const rule: Rule = {
  id: "off-hours-activity",
  title: "Activity at unusual hours",
  severity: "medium",
  stage: "initial-access",
  mitre: techniques("T1078.004"),
  fields: ["principal", "principalType", "invokedBy", "accountId", "time", "hour", "eventName"],
  source: "Elastic ML auth_rare_hour_for_a_user (Unusual Hour for a User to Logon); seed SPL search 5 (Off-Hours Activity)",
  explain: "{principal} was active{when} on {day} ({calls}: {events}), {reason}",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    const act = activityOf(ctx);
    const masks = dayMasks(t, act);
    const flags: Flag[] = [];
    for (const [p, days] of masks.byPrincipal) {
      let seen = 0;
      let history = 0;
      let first = NaN;
      let weekendSeen = false;
      const account = masks.accountOf.get(p) ?? 0;
      for (const [day, mask] of days) {
        if (first !== first) first = day;
        let odd = 0;
        let basis: Flag["basis"] = "own";
        if (history >= OFF_HOURS_MIN_HISTORY_DAYS) odd = mask & ~widen(seen, OFF_HOURS_MARGIN);
        else {
          const acc = masks.accountBefore(account, day);
          if (acc.days >= OFF_HOURS_MIN_HISTORY_DAYS) {
            odd = mask & ~widen(acc.mask, OFF_HOURS_MARGIN);
            basis = "account";
          }
        }
        const weekend = isWeekend(day) && history >= OFF_HOURS_MIN_HISTORY_DAYS && day - first >= WEEKEND_MIN_SPAN_DAYS && !weekendSeen;
        if (odd || weekend) flags.push({ p, day, hours: odd, weekend, history: basis === "own" ? history : masks.accountBefore(account, day).days, basis });
        seen |= mask & ~odd;
        if (isWeekend(day) && !weekend) weekendSeen = true;
        history++;
      }
    }
    return flags.map((f) => {
      const who = act.names[f.p];
      const start = f.day * DAY_MS;
      const dayRows = rowsWhere(t, [where("principal", who), where("invokedBy", "")], { timeRange: { start, end: start + DAY_MS } });
      const rows = f.hours ? Array.from(dayRows).filter((r) => (f.hours >>> Math.floor((t.times.values[r] - start) / HOUR_MS)) & 1) : Array.from(dayRows);
      const whose = f.basis === "own" ? `they had not acted in ${plural(f.history, "day")} of history` : `nobody in their account had acted in ${plural(f.history, "day")} of history`;
      const reason = f.hours ? `hours at which ${whose}${f.weekend ? ", on a weekend they never worked before" : ""}` : `a weekend day, when they had not worked a weekend in ${plural(f.history, "day")} of history`;
      const severity: Severity = f.hours ? "medium" : "low";
      return makeFinding(t, rule, {
        principal: who,
        rows,
        severity,
        summary: render(rule.explain, {
          principal: who,
          when: f.hours ? ` at ${fmtList(hourRanges(f.hours))} UTC` : "",
          day: fmtDay(start),
          calls: plural(rows.length, "call"),
          events: fmtCounts(rows.map((r) => cell(t, "eventName", r))),
          reason,
        }),
        entities: { principals: [who], buckets: [...new Set(rows.map((r) => cell(t, "bucket", r)))], ips: [...new Set(rows.map((r) => cell(t, "sourceIp", r)))] },
      });
    });
  },
};
