/**
 * A story generated from the findings of any dataset (real logs too): an
 * overview, then one step per correlated finding — chains most severe first,
 * each chain's findings in time order (or all in time order) — with a
 * plain-language talking point, the view that shows it (the timeline around
 * the evidence, or the principal's, bucket's or exfil page), and the
 * finding's events as evidence. The result is ordinary, editable story data.
 */
import { correlate, type FindingChain } from "../detect/correlate";
import { SEVERITIES, severityRank, type Finding, type Severity } from "../detect/finding";
import { mitreLabel } from "../detect/mitre";
import { MAX_VALUE_LENGTH } from "../state/limits";
import { escapeMarkdown } from "./markdown-out";
import { formatDay, narrate } from "./narrate";
import { MAX_STEP_EVENT_IDS, storySchema, type Story, type StoryInput, type StepInput, type StoryView } from "./schema";
import { DAY_MS, MINUTE_MS, formatClock } from "./time-spec";

export interface FromFindingsOptions {
  /** Story id (default "findings"). */
  id?: string;
  title?: string;
  /** Findings below this severity are left out (default "low": info findings are noise in a story). */
  minSeverity?: Severity;
  /** Finding steps at most (default 60); the overview says how many were left out. */
  maxSteps?: number;
  /** "chains" (default): chain after chain, each in time order. "time": every finding in time order. */
  order?: "chains" | "time";
}

const MAX_NAME = 1024;
const MAX_SUMMARY = 2_000;
const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The margin around a finding's evidence on the timeline: a quarter of its span, at least 15 minutes, at most a day. */
function padFor(f: Finding): number {
  return Math.min(DAY_MS, Math.max(15 * MINUTE_MS, (f.end - f.start) / 4));
}

/** A finding whose "principal" is a source IP (password spraying has no identity). */
const principalIsIp = (f: Finding): boolean => f.principal !== "" && (f.entities.ips ?? []).includes(f.principal);

function viewFor(f: Finding): StoryView {
  const principal = f.principal && !principalIsIp(f) && f.principal.length <= MAX_NAME ? f.principal : undefined;
  const buckets = (f.entities.buckets ?? []).filter((b) => b.length <= MAX_NAME);
  if (f.rule === "off-hours-activity" && principal) return { kind: "user", principal };
  if (f.rule === "s3-mass-download" && principal) return { kind: "exfil", principal };
  if (buckets.length === 1) return { kind: "bucket", bucket: buckets[0] };
  return { kind: "timeline", stackBy: "eventName" };
}

function notesFor(f: Finding): string {
  const list = (label: string, values: string[] | undefined): string[] =>
    values?.length ? [`${label}: ${values.slice(0, 10).map((v) => clip(v, 200)).join(", ")}${values.length > 10 ? ` and ${values.length - 10} more` : ""}`] : [];
  return [
    `Rule: ${f.title} (${f.rule}), severity ${f.severity}, stage ${f.stage}.`,
    ...(f.mitre.length ? [`ATT&CK: ${f.mitre.map(mitreLabel).join("; ")}.`] : []),
    `Evidence: ${f.rows.length} event${f.rows.length === 1 ? "" : "s"} from ${formatDay(f.start)} ${formatClock(f.start)} to ${formatDay(f.end)} ${formatClock(f.end)}.`,
    ...list("Principals", f.entities.principals),
    ...list("Users", f.entities.users),
    ...list("Buckets", f.entities.buckets),
    ...list("Source IPs", f.entities.ips),
  ].join("\n");
}

function stepFor(f: Finding, prev: Finding | null, id: string): StepInput {
  const short = { ...f, summary: clip(f.summary, MAX_SUMMARY) };
  const chipField = principalIsIp(f) ? "sourceIp" : "principal";
  const chips = f.principal && f.principal.length <= MAX_VALUE_LENGTH ? [{ field: chipField, value: f.principal, negate: false }] : [];
  const view = viewFor(f);
  const eventIds = f.eventIds.filter((e) => e.length <= MAX_NAME).slice(0, MAX_STEP_EVENT_IDS);
  const bucket = f.entities.buckets?.length === 1 && f.entities.buckets[0].length <= MAX_NAME ? f.entities.buckets[0] : undefined;
  const principal = f.principal && !principalIsIp(f) && f.principal.length <= MAX_NAME ? f.principal : undefined;
  return {
    id,
    title: clip(principal ? `${f.title}: ${principal}` : f.title, 200),
    talkingPoint: narrate(short, prev),
    notes: notesFor(f),
    view,
    filters: { chips: view.kind === "timeline" ? chips : [], text: "" },
    // The finding's own span (its evidence may include context from days before, such as an earlier listing).
    time: { kind: "absolute", start: f.start - padFor(f), end: f.end + padFor(f) + 1 },
    evidence: {
      eventIds,
      // Records without an eventID cannot be pinned: find them again by who and when.
      find: eventIds.length ? [] : [{ label: f.title, chips, time: { kind: "absolute", start: f.start, end: f.end + 1 } }],
      ...(principal ? { principal } : {}),
      ...(bucket ? { bucket } : {}),
    },
  };
}

function overview(findings: readonly Finding[], chains: FindingChain[], left: number): StepInput {
  if (findings.length === 0) {
    return { id: "overview", title: "Overview", talkingPoint: "Trailscope found **no findings** in this data. Pin notes to events to tell its story by hand.", view: { kind: "findings" } };
  }
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const lines = chains.slice(0, 5).map((c) => {
    const stages = c.stages.join(" → ");
    return `- **${escapeMarkdown(clip(c.principal || "unknown", 80))}** — ${c.severity}, ${c.findings.length} finding${c.findings.length === 1 ? "" : "s"} from ${formatDay(c.start)} ${formatClock(c.start)} to ${formatDay(c.end)} ${formatClock(c.end)}: ${stages}`;
  });
  const more = chains.length > 5 ? `\n\n…and ${chains.length - 5} more chains.` : "";
  const cut = left > 0 ? `\n\n${left} less severe findings are left out of this story.` : "";
  return {
    id: "overview",
    title: "Overview",
    talkingPoint:
      `Trailscope found **${findings.length} finding${findings.length === 1 ? "" : "s"}** in this data: ${counts.map(([s, n]) => `${n} ${s}`).join(", ")}. ` +
      `They form ${chains.length} chain${chains.length === 1 ? "" : "s"} of activity, most severe first:\n\n${lines.join("\n")}${more}${cut}`,
    notes: "Every finding follows as a step, chain by chain. Edit, reorder or delete steps freely: the story is yours.",
    view: { kind: "findings" },
  };
}

/** A story with one step per correlated finding, valid against storySchema. */
export function storyFromFindings(findings: readonly Finding[], opts: FromFindingsOptions = {}): Story {
  const floor = severityRank(opts.minSeverity ?? "low");
  const kept = findings.filter((f) => severityRank(f.severity) <= floor);
  const chains = correlate(kept);
  const max = Math.max(0, Math.floor(opts.maxSteps ?? 60));
  let ordered: { f: Finding; chain: FindingChain }[] = chains.flatMap((chain) => chain.findings.map((f) => ({ f, chain })));
  if (opts.order === "time") ordered.sort((a, b) => a.f.start - b.f.start || severityRank(a.f.severity) - severityRank(b.f.severity));
  const left = Math.max(0, ordered.length - max);
  if (left > 0) {
    // Keep the most severe findings, in the chosen order.
    const chosen = new Set([...ordered].sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity)).slice(0, max));
    ordered = ordered.filter((o) => chosen.has(o));
  }
  const last = new Map<FindingChain, Finding>();
  const perRule = new Map<string, number>();
  const steps: StepInput[] = [overview(kept, chains, left)];
  for (const { f, chain } of ordered) {
    const n = (perRule.get(f.rule) ?? 0) + 1;
    perRule.set(f.rule, n);
    const id = /^[a-z0-9][a-z0-9-]{0,80}$/.test(f.rule) ? `${f.rule}-${n}` : `finding-${steps.length}`;
    steps.push(stepFor(f, last.get(chain) ?? null, id));
    last.set(chain, f);
  }
  const top = chains[0]?.principal;
  const input: StoryInput = {
    version: 1,
    id: opts.id ?? "findings",
    title: opts.title ?? (top ? clip(`What happened: ${top}`, 200) : "What Trailscope found"),
    description: `Generated from ${kept.length} finding${kept.length === 1 ? "" : "s"} of the loaded data. Each step is a finding in plain words; edit it into your own story.`,
    dataset: "any",
    steps,
  };
  return storySchema.parse(input);
}
