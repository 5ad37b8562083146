/**
 * Turns a rule's evidence rows into a Finding: time order, span, event ids
 * and the finding id, so every rule builds findings the same way.
 */
import type { EventTable } from "../index/table";
import type { Finding, FindingEntities, Severity } from "./finding";
import type { Rule } from "./rule";
import { byTime } from "./rows";

/** Evidence rows a finding keeps at most; the summary still counts all of them. */
export const MAX_EVIDENCE_ROWS = 5_000;

export interface FindingDraft {
  principal: string;
  rows: ArrayLike<number>;
  summary: string;
  severity?: Severity;
  /** A subset of the rule's techniques when only some apply. */
  mitre?: readonly string[];
  entities?: FindingEntities;
  /** The span the finding is about when it differs from the evidence's (e.g. context rows from before a burst). */
  start?: number;
  end?: number;
}

const clean = (list: string[] | undefined): string[] | undefined => {
  if (!list) return undefined;
  const out = [...new Set(list.filter((v) => v !== ""))];
  return out.length > 0 ? out : undefined;
};

/** A Finding of `rule` from a draft. */
export function makeFinding(t: EventTable, rule: Rule, d: FindingDraft): Finding {
  const rows = byTime(t, [...new Set(Array.from(d.rows))]).slice(0, MAX_EVIDENCE_ROWS);
  const times = t.times.values;
  let start = Infinity;
  let end = -Infinity;
  for (const r of rows) {
    if (times[r] < start) start = times[r];
    if (times[r] > end) end = times[r];
  }
  const eventIds = rows.map((r) => t.eventId(r)).filter((id) => id !== "");
  const entities: FindingEntities = {};
  const e = d.entities ?? {};
  const principals = clean(e.principals ?? (d.principal ? [d.principal] : undefined));
  if (principals) entities.principals = principals;
  for (const k of ["buckets", "users", "ips"] as const) {
    const v = clean(e[k]);
    if (v) entities[k] = v;
  }
  const s = d.start ?? (rows.length ? start : 0);
  return {
    id: `${rule.id}:${eventIds[0] ?? `${d.principal}@${s}`}`,
    rule: rule.id,
    title: rule.title,
    severity: d.severity ?? rule.severity,
    mitre: [...(d.mitre ?? rule.mitre.map((m) => m.id))],
    principal: d.principal,
    start: s,
    end: d.end ?? (rows.length ? end : s),
    rows,
    eventIds,
    summary: d.summary,
    entities,
    stage: rule.stage,
  };
}
