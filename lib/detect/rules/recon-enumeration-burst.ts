/**
 * Enumeration burst: one principal calling many different List*, Describe*
 * and Get* APIs across many services within minutes, the way recon tools and
 * an intruder mapping a new account do. Object reads (data events) are not
 * enumeration and are left out.
 *
 * Follows SigmaHQ aws_cloudtrail_discovery_api_calls.yml (more than 6 discovery
 * calls per identity in 5 minutes) and Elastic "AWS Discovery API Calls via CLI
 * from a Single Resource" (at least 5 distinct discovery actions), requiring
 * breadth across services so one busy service never triggers it.
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { MINUTE_MS, byTime, cell, rowsWhere, timeOf, valuesMatching, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtList, fmtSpan, plural, render } from "../text";

/** Window the breadth is measured in (two adjacent windows are combined, so any 10–20 minute stretch counts). */
export const RECON_WINDOW_MS = 10 * MINUTE_MS;
/** Distinct services in a window: people and applications work in two or three; scanners sweep everything. */
export const RECON_MIN_SERVICES = 5;
/** Distinct APIs in a window (Sigma counts more than 6 calls, Elastic 5 distinct actions; breadth is asked of both). */
export const RECON_MIN_ACTIONS = 10;

const ENUMERATION = /^(List|Describe|Get)/;
// Object-level S3 reads are data access, not discovery (they are judged by the mass-download rule).
const DATA_READS = /^(GetObject|HeadObject)/;

interface Window {
  p: number;
  w: number;
  services: Set<number>;
  actions: Set<number>;
  rows: number[];
}

export const rule: Rule = {
  id: "recon-enumeration-burst",
  title: "Enumeration across many services",
  severity: "high",
  stage: "discovery",
  mitre: techniques("T1580", "T1526"),
  fields: ["eventName", "eventSource", "eventCategory", "principal", "time"],
  source: "SigmaHQ aws_cloudtrail_discovery_api_calls.yml; Elastic AWS Discovery API Calls via CLI from a Single Resource",
  explain: "{principal} made {calls} to {actions} across {services} services within {span} ({serviceList})",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    const names = valuesMatching(t, "eventName", (v) => ENUMERATION.test(v) && !DATA_READS.test(v));
    if (names.length === 0) return [];
    const rows = byTime(t, rowsWhere(t, [where("eventName", ...names), { field: "eventCategory", values: ["Data"], negate: true }]));
    const p = t.column("principal");
    const src = t.column("eventSource");
    const ev = t.column("eventName");
    if (p.kind !== "string" || src.kind !== "string" || ev.kind !== "string") return [];
    // Numeric keys (window × principals + principal) keep the per-row work to one Map lookup.
    const card = p.dict.length;
    const windows = new Map<number, Window>();
    for (const r of rows) {
      const w = Math.floor(timeOf(t, r) / RECON_WINDOW_MS);
      const key = w * card + p.codes[r];
      let win = windows.get(key);
      if (!win) windows.set(key, (win = { p: p.codes[r], w, services: new Set(), actions: new Set(), rows: [] }));
      win.services.add(src.codes[r]);
      win.actions.add(ev.codes[r]);
      win.rows.push(r);
    }
    // A window is hot when it, alone or with the next one, reaches both breadth thresholds.
    const hot: Window[] = [];
    for (const win of windows.values()) {
      const next = windows.get((win.w + 1) * card + win.p);
      const services = next ? new Set([...win.services, ...next.services]) : win.services;
      const actions = next ? new Set([...win.actions, ...next.actions]) : win.actions;
      if (services.size >= RECON_MIN_SERVICES && actions.size >= RECON_MIN_ACTIONS) {
        hot.push(win);
        if (next) hot.push(next);
      }
    }
    // Consecutive hot windows of one principal make one finding.
    const unique = [...new Set(hot)].sort((a, b) => a.p - b.p || a.w - b.w);
    const out: Finding[] = [];
    for (let i = 0; i < unique.length; ) {
      let j = i + 1;
      while (j < unique.length && unique[j].p === unique[i].p && unique[j].w === unique[j - 1].w + 1) j++;
      const group = unique.slice(i, j);
      i = j;
      const runRows = group.flatMap((g) => g.rows);
      const who = p.dict[group[0].p];
      const services = [...new Set(runRows.map((r) => src.dict[src.codes[r]].replace(/\.amazonaws\.com$/, "")))];
      const actions = new Set(runRows.map((r) => ev.codes[r]));
      const span = timeOf(t, runRows[runRows.length - 1]) - timeOf(t, runRows[0]);
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: runRows,
          // Sweeping twice the threshold of services is a tool mapping the whole account.
          severity: services.length >= 2 * RECON_MIN_SERVICES ? "high" : "medium",
          summary: render(rule.explain, { principal: who, calls: plural(runRows.length, "call"), actions: plural(actions.size, "different API"), services: services.length, span: fmtSpan(span), serviceList: fmtList(services, 6) }),
          entities: { principals: [who], ips: [...new Set(runRows.map((r) => cell(t, "sourceIp", r)))] },
        }),
      );
    }
    return out;
  },
};
