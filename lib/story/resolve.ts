/**
 * Runs a story against the loaded data: every step's evidence is found by
 * query (index filters, SPL through lib/search, event ids, other steps),
 * its time spec becomes a concrete range, and its view the app state to
 * show. A step whose evidence is not in the data gets a clear problem
 * ("no CreateUser by alex.miller on Day 8 in this dataset") instead of
 * failing the story. The result is plain data (it can leave a worker).
 */
import type { EventTable } from "../index/table";
import type { TimeRange } from "../index/types";
import type { RunContext } from "../search/run-context";
import type { Filters } from "../state/filters-slice";
import type { EventRef } from "../state/selection-slice";
import { byTime, evidenceRows, factsOf, spanOf, type EvidenceFacts, type EvidenceRow } from "./evidence";
import { countProblem, EMPTY, findRows, union } from "./find";
import type { HourRange, Step, Story, ViewKind } from "./schema";
import { resolveTime, utcDay } from "./time-spec";

export interface ResolveOptions {
  /** Evidence rows kept per step (the count is always exact). Default 5,000. */
  maxRows?: number;
  /** Evidence rows materialised for tables per step. Default 200. */
  sampleRows?: number;
  /** Top values per fact field. Default 10. */
  topValues?: number;
}

/** One query of a step's evidence, as found. */
export interface EvidencePart {
  label: string;
  count: number;
  span: TimeRange | null;
  /** The earliest matching event: where a callout points. */
  firstRow: number | null;
  firstEventId: string;
  problem: string | null;
}

export interface ResolvedEvidence {
  /** Rows in all parts together. */
  total: number;
  /** Row ids in time order, at most maxRows (valid for this load of the data only). */
  rows: number[];
  /** Event ids of `rows` (records without an eventID left out). */
  eventIds: string[];
  /** [first event, last event + 1 ms). */
  span: TimeRange | null;
  parts: EvidencePart[];
  principal: string | null;
  bucket: string | null;
  hours: HourRange | null;
  facts: EvidenceFacts;
  /** The first sampleRows rows, materialised. */
  sample: EvidenceRow[];
  /** False when the rows are context (not worth listing). */
  list: boolean;
}

/** The app state a step shows; names follow lib/state (see view-state.ts for the URL). */
export interface ResolvedView {
  kind: ViewKind;
  filters: Filters;
  principal: string | null;
  bucket: string | null;
  event: EventRef | null;
  spl: string | null;
  stackBy: string | null;
  finding: string | null;
}

export interface ResolvedStep {
  id: string;
  index: number;
  step: Step;
  view: ResolvedView;
  evidence: ResolvedEvidence;
  /** Why the step does not fit this data; empty when it does. */
  problems: string[];
}

export interface ResolvedStory {
  story: Story;
  /** Events loaded; earliest and latest event time; 00:00 UTC of scenario Day 1 (null when empty). */
  dataset: { events: number; start: number | null; end: number | null; firstDay: number | null };
  steps: ResolvedStep[];
  /** Steps with at least one problem. */
  problemSteps: number;
}

interface Env {
  t: EventTable;
  ctx: RunContext;
  firstDay: number | null;
  opts: Required<ResolveOptions>;
  done: Map<string, { title: string; rows: Uint32Array }>;
}

function part(env: Env, label: string, rows: Uint32Array, problem: string | null): EvidencePart {
  const times = env.t.times.values;
  let first: number | null = null;
  for (const r of rows) if (first === null || times[r] < times[first]) first = r;
  return { label, count: rows.length, span: spanOf(env.t, rows), firstRow: first, firstEventId: first === null ? "" : env.t.eventId(first), problem };
}

async function gather(env: Env, step: Step): Promise<{ rows: Uint32Array; parts: EvidencePart[] }> {
  const { t } = env;
  const lists: Uint32Array[] = [];
  const parts: EvidencePart[] = [];
  for (const find of step.evidence.find) {
    const found = await findRows(env.ctx, env.firstDay, find, step.time);
    lists.push(found.rows);
    parts.push(part(env, find.label, found.rows, found.problem ?? countProblem(find, found.rows.length, step.time)));
  }
  const ids = step.evidence.eventIds;
  if (ids.length) {
    const rows = ids.map((id) => t.findEventId(id)).filter((r) => r >= 0);
    const list = union([Uint32Array.from(rows).sort()]);
    const lost = ids.length - rows.length;
    lists.push(list);
    parts.push(part(env, ids.length === 1 ? "the pinned event" : "the pinned events", list, lost === 0 ? null : lost === ids.length ? `none of the ${ids.length} pinned events is in this dataset` : `${lost} of the ${ids.length} pinned events are not in this dataset`));
  }
  for (const ref of step.evidence.fromSteps) {
    const other = env.done.get(ref);
    const rows = other?.rows ?? EMPTY;
    lists.push(rows);
    parts.push(part(env, other?.title ?? ref, rows, rows.length === 0 ? `step "${other?.title ?? ref}" found no evidence to gather` : null));
  }
  return { rows: union(lists), parts };
}

/** The one value of a fact field when the evidence has a single one, else its most frequent. */
function mainValue(facts: EvidenceFacts, field: "principal" | "bucket"): string | null {
  return facts.fields[field].top[0]?.value ?? null;
}

function present(t: EventTable, field: "principal" | "bucket", value: string): boolean {
  return t.size > 0 && t.code(field, value) >= 0;
}

function resolveView(env: Env, step: Step, ev: ResolvedEvidence, problems: string[]): ResolvedView {
  const { t } = env;
  const view = step.view;
  const timeRange = resolveTime(step.time, env.firstDay, ev.span);
  const out: ResolvedView = {
    kind: view.kind,
    filters: { chips: step.filters.chips.map((c) => ({ ...c })), timeRange, text: step.filters.text },
    principal: null,
    bucket: null,
    event: null,
    spl: null,
    stackBy: null,
    finding: null,
  };
  switch (view.kind) {
    case "timeline":
      out.stackBy = view.stackBy ?? null;
      break;
    case "user":
    case "exfil":
      out.principal = view.principal ?? ev.principal;
      if (out.principal === null && view.kind === "user") problems.push("no principal to show: the step names none and its evidence has none");
      else if (out.principal !== null && !present(t, "principal", out.principal)) problems.push(`principal ${out.principal} does not appear in this dataset`);
      break;
    case "bucket":
      out.bucket = view.bucket ?? ev.bucket;
      if (out.bucket === null) problems.push("no bucket to show: the step names none and its evidence has none");
      else if (!present(t, "bucket", out.bucket)) problems.push(`bucket ${out.bucket} does not appear in this dataset`);
      break;
    case "search":
      out.spl = view.spl;
      break;
    case "event": {
      if (view.eventId !== undefined) {
        out.event = { eventId: view.eventId };
        if (t.findEventId(view.eventId) < 0) problems.push(`event ${view.eventId} is not in this dataset`);
      } else if (ev.rows.length) {
        const row = ev.rows[0];
        const id = t.eventId(row);
        out.event = id ? { eventId: id } : { row };
      } else problems.push("no event to show: the step's evidence found none");
      break;
    }
    case "findings":
      out.finding = view.finding ?? null;
      break;
  }
  return out;
}

async function resolveOne(env: Env, step: Step, index: number): Promise<ResolvedStep> {
  const { t, opts } = env;
  const { rows, parts } = await gather(env, step);
  env.done.set(step.id, { title: step.title, rows });
  const facts = factsOf(t, rows, opts.topValues);
  const ordered = byTime(t, rows);
  const kept = Array.from(ordered.subarray(0, opts.maxRows));
  const e = step.evidence;
  const evidence: ResolvedEvidence = {
    total: rows.length,
    rows: kept,
    eventIds: kept.map((r) => t.eventId(r)).filter((id) => id !== ""),
    span: spanOf(t, rows),
    parts,
    principal: e.principal ?? mainValue(facts, "principal"),
    bucket: e.bucket ?? mainValue(facts, "bucket"),
    hours: e.hours ?? null,
    facts,
    sample: evidenceRows(t, ordered.subarray(0, opts.sampleRows)),
    list: e.list,
  };
  const problems = parts.flatMap((p) => (p.problem ? [p.problem] : []));
  if (e.principal !== undefined && !present(t, "principal", e.principal)) problems.push(`principal ${e.principal} does not appear in this dataset`);
  if (e.bucket !== undefined && !present(t, "bucket", e.bucket)) problems.push(`bucket ${e.bucket} does not appear in this dataset`);
  const view = resolveView(env, step, evidence, problems);
  return { id: step.id, index, step, view, evidence, problems: [...new Set(problems)] };
}

/** Resolves every step of a story against the context's data. */
export async function resolveStory(story: Story, ctx: RunContext, options: ResolveOptions = {}): Promise<ResolvedStory> {
  const t = ctx.table;
  const range = t.timeRange();
  const env: Env = {
    t,
    ctx,
    firstDay: range ? utcDay(range.start) : null,
    opts: { maxRows: options.maxRows ?? 5_000, sampleRows: options.sampleRows ?? 200, topValues: options.topValues ?? 10 },
    done: new Map(),
  };
  const steps: ResolvedStep[] = new Array(story.steps.length);
  // Steps that gather others go last, so what they gather is found first (the schema allows one level).
  const order = story.steps.map((s, i) => i).sort((a, b) => Number(story.steps[a].evidence.fromSteps.length > 0) - Number(story.steps[b].evidence.fromSteps.length > 0) || a - b);
  for (const i of order) {
    const step = await resolveOne(env, story.steps[i], i);
    if (t.size === 0) step.problems.unshift("no data is loaded");
    steps[i] = step;
  }
  return {
    story,
    dataset: { events: t.size, start: range?.start ?? null, end: range?.end ?? null, firstDay: env.firstDay },
    steps,
    problemSteps: steps.filter((s) => s.problems.length > 0).length,
  };
}
