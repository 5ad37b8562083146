/**
 * The findings list's view state (sort, severity/rule/principal filters, the
 * opened finding) and the pure functions that apply it. Findings themselves
 * come from the engine and are never stored here. The view travels in the
 * URL (see url-state.ts), so its values are parsed defensively.
 */
import { SEVERITIES, severityRank, type Finding, type Severity } from "../detect/finding";
import type { SliceCreator } from "./slice";

export type FindingsSortField = "severity" | "time";

export interface FindingsSort {
  field: FindingsSortField;
  /** severity desc = most severe first; time desc = newest first. */
  desc: boolean;
}

export interface FindingsView {
  sort: FindingsSort;
  /** Severities shown; empty = all. Kept in SEVERITIES order. */
  severities: Severity[];
  /** Rule id shown; "" = all. */
  rule: string;
  /** Principal shown; "" = all. */
  principal: string;
  /** The opened finding's id. */
  selected: string | null;
}

export const DEFAULT_FINDINGS_SORT: FindingsSort = { field: "severity", desc: true };

export const DEFAULT_FINDINGS_VIEW: FindingsView = { sort: DEFAULT_FINDINGS_SORT, severities: [], rule: "", principal: "", selected: null };

export interface FindingsSlice {
  findingsView: FindingsView;
  setFindingsSort(sort: FindingsSort): void;
  /** Shows or hides one severity. */
  toggleFindingsSeverity(severity: Severity): void;
  setFindingsRule(rule: string): void;
  setFindingsPrincipal(principal: string): void;
  selectFinding(id: string | null): void;
  /** Clears severity, rule and principal (keeps the sort and the opened finding). */
  clearFindingsFilters(): void;
}

/** Creates the findings slice. */
export const createFindingsSlice: SliceCreator<FindingsSlice> = (set) => {
  const update = (change: (v: FindingsView) => Partial<FindingsView>) => set((s) => ({ findingsView: { ...s.findingsView, ...change(s.findingsView) } }));
  return {
    findingsView: DEFAULT_FINDINGS_VIEW,
    setFindingsSort: (sort) => update(() => ({ sort })),
    toggleFindingsSeverity: (severity) =>
      update((v) => ({ severities: SEVERITIES.filter((s) => (s === severity ? !v.severities.includes(s) : v.severities.includes(s))) })),
    setFindingsRule: (rule) => update(() => ({ rule })),
    setFindingsPrincipal: (principal) => update(() => ({ principal })),
    selectFinding: (id) => update(() => ({ selected: id })),
    clearFindingsFilters: () => update(() => ({ severities: [], rule: "", principal: "" })),
  };
};

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of a sort: ties fall back to the other key, then to the finding's id, so the list never jumps. */
export function compareFindingsBy(sort: FindingsSort): (a: Finding, b: Finding) => number {
  const sev = (a: Finding, b: Finding) => severityRank(a.severity) - severityRank(b.severity);
  const time = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;
  const dir = sort.desc ? 1 : -1;
  if (sort.field === "severity") return (a, b) => dir * sev(a, b) || time(a, b) || byText(a.id, b.id);
  return (a, b) => -dir * time(a, b) || sev(a, b) || byText(a.id, b.id);
}

/** True when a finding passes the view's filters. */
export function matchesView(f: Finding, v: FindingsView): boolean {
  return (v.severities.length === 0 || v.severities.includes(f.severity)) && (v.rule === "" || f.rule === v.rule) && (v.principal === "" || f.principal === v.principal);
}

/** The findings the list shows, filtered and sorted (a new array). */
export function visibleFindings(findings: readonly Finding[], v: FindingsView): Finding[] {
  return findings.filter((f) => matchesView(f, v)).sort(compareFindingsBy(v.sort));
}

export interface FindingOptions {
  severities: { severity: Severity; count: number }[];
  rules: { rule: string; title: string; count: number }[];
  principals: { principal: string; count: number }[];
}

/** What the filter controls offer: every severity, rule and principal present, with counts (rules by title, principals by name). */
export function findingOptions(findings: readonly Finding[]): FindingOptions {
  const sev = new Map<Severity, number>();
  const rules = new Map<string, { rule: string; title: string; count: number }>();
  const principals = new Map<string, number>();
  for (const f of findings) {
    sev.set(f.severity, (sev.get(f.severity) ?? 0) + 1);
    const r = rules.get(f.rule);
    if (r) r.count++;
    else rules.set(f.rule, { rule: f.rule, title: f.title, count: 1 });
    principals.set(f.principal, (principals.get(f.principal) ?? 0) + 1);
  }
  return {
    severities: SEVERITIES.map((severity) => ({ severity, count: sev.get(severity) ?? 0 })),
    rules: [...rules.values()].sort((a, b) => byText(a.title, b.title) || byText(a.rule, b.rule)),
    principals: [...principals.entries()].map(([principal, count]) => ({ principal, count })).sort((a, b) => byText(a.principal, b.principal)),
  };
}

/** Longest rule id, principal or finding id accepted from a URL. */
const MAX_URL_VALUE = 1024;
const RULE_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function bounded(value: string | null): string {
  return value !== null && value.length <= MAX_URL_VALUE ? value : "";
}

/** The findings view a URL's query says (names: finding, severity, rule, actor, order); malformed parts fall back to defaults. */
export function readFindingsView(params: URLSearchParams): FindingsView {
  const order = params.get("order");
  const field = order?.replace(/^-/, "");
  const sort: FindingsSort = field === "severity" || field === "time" ? { field, desc: order!.startsWith("-") } : DEFAULT_FINDINGS_SORT;
  const wanted = new Set((params.get("severity") ?? "").slice(0, 100).split(","));
  const rule = params.get("rule") ?? "";
  return {
    sort,
    severities: SEVERITIES.filter((s) => wanted.has(s)),
    rule: RULE_ID.test(rule) ? rule : "",
    principal: bounded(params.get("actor")),
    selected: bounded(params.get("finding")) || null,
  };
}

/** The URL parameters of a findings view, defaults omitted. */
export function writeFindingsView(v: FindingsView): [string, string][] {
  const out: [string, string][] = [];
  if (v.selected) out.push(["finding", v.selected]);
  if (v.severities.length > 0) out.push(["severity", v.severities.join(",")]);
  if (v.rule) out.push(["rule", v.rule]);
  if (v.principal) out.push(["actor", v.principal]);
  if (v.sort.field !== DEFAULT_FINDINGS_SORT.field || v.sort.desc !== DEFAULT_FINDINGS_SORT.desc) out.push(["order", `${v.sort.desc ? "-" : ""}${v.sort.field}`]);
  return out;
}
