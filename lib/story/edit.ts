/**
 * Pure edits of a story: reorder, insert, edit and delete steps, and turn an
 * analyst note into a step. Every edit returns a new story validated against
 * the schema, or the errors that explain why the edit was refused; the input
 * is never changed.
 */
import { plainText } from "./markdown-out";
import type { AnalystNote } from "./note";
import { parseStory, stepSchema, type ParseStoryResult, type Step, type StepInput, type Story } from "./schema";
import { MINUTE_MS } from "./time-spec";

export type EditResult = ParseStoryResult;

/** Margin around a noted event on the timeline. */
const EVENT_MARGIN_MS = 15 * MINUTE_MS;

function withSteps(story: Story, steps: readonly (Step | StepInput)[]): EditResult {
  return parseStory({ ...story, steps });
}

const refused = (message: string): EditResult => ({ ok: false, errors: [message] });

function indexOf(story: Story, id: string): number {
  return story.steps.findIndex((s) => s.id === id);
}

/** `base` made into a valid step id (letters, digits, '.', '_', '-'; at most 90 characters, leaving room for a suffix). */
export function safeStepId(base: string): string {
  return base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").slice(0, 90) || "step";
}

/** An id not used by any step: `base`, else `base-2`, `base-3`, … (made valid first). */
export function uniqueStepId(story: Story, base: string): string {
  const clean = safeStepId(base);
  const used = new Set(story.steps.map((s) => s.id));
  if (!used.has(clean)) return clean;
  let n = 2;
  while (used.has(`${clean}-${n}`)) n++;
  return `${clean}-${n}`;
}

/** Moves the step at `from` to index `to` (both clamped to the list). */
export function moveStep(story: Story, from: number, to: number): EditResult {
  if (!Number.isInteger(from) || from < 0 || from >= story.steps.length) return refused(`steps[${from}]: there is no step at that position`);
  const steps = story.steps.slice();
  const [step] = steps.splice(from, 1);
  steps.splice(Math.max(0, Math.min(steps.length, Math.trunc(to))), 0, step);
  return withSteps(story, steps);
}

/** Inserts a step at `index` (clamped; default: the end). A step whose id is taken gets a fresh one. */
export function insertStep(story: Story, step: StepInput, index = story.steps.length): EditResult {
  const id = story.steps.some((s) => s.id === step.id) ? uniqueStepId(story, step.id) : step.id;
  const steps: (Step | StepInput)[] = story.steps.slice();
  steps.splice(Math.max(0, Math.min(steps.length, Math.trunc(index))), 0, { ...step, id });
  return withSteps(story, steps);
}

/** Replaces fields of the step `id` (renaming it updates the steps that gather it). */
export function updateStep(story: Story, id: string, patch: Partial<StepInput>): EditResult {
  const at = indexOf(story, id);
  if (at < 0) return refused(`steps: there is no step "${id}"`);
  const next = { ...story.steps[at], ...patch };
  const renamed = patch.id !== undefined && patch.id !== id;
  const steps = story.steps.map((s, i) => {
    if (i === at) return next;
    if (!renamed || !s.evidence.fromSteps.includes(id)) return s;
    return { ...s, evidence: { ...s.evidence, fromSteps: s.evidence.fromSteps.map((r) => (r === id ? (patch.id as string) : r)) } };
  });
  return withSteps(story, steps);
}

/** Removes the step `id`; steps that gathered it stop doing so. */
export function deleteStep(story: Story, id: string): EditResult {
  if (indexOf(story, id) < 0) return refused(`steps: there is no step "${id}"`);
  const steps = story.steps
    .filter((s) => s.id !== id)
    .map((s) => (s.evidence.fromSteps.includes(id) ? { ...s, evidence: { ...s.evidence, fromSteps: s.evidence.fromSteps.filter((r) => r !== id) } } : s));
  return withSteps(story, steps);
}

function noteTitle(note: AnalystNote): string {
  const first = plainText(note.text).split("\n").find((l) => l.trim() !== "")?.trim();
  if (first) return first.length > 80 ? `${first.slice(0, 79)}…` : first;
  const t = note.target;
  switch (t.kind) {
    case "event":
      return "Note on an event";
    case "time":
      return "Note on a time range";
    case "principal":
      return `Note on ${t.principal.slice(0, 100)}`;
    case "bucket":
      return `Note on ${t.bucket.slice(0, 100)}`;
  }
}

/** A step that shows what a note is pinned to, with the note as its talking point. */
export function noteToStep(note: AnalystNote, id = `note-${note.id}`): Step {
  const t = note.target;
  const base = { id: safeStepId(id), title: noteTitle(note), talkingPoint: note.text };
  switch (t.kind) {
    case "event":
      return stepSchema.parse({
        ...base,
        view: { kind: "event", eventId: t.eventId },
        time: t.time === undefined ? { kind: "evidence", padMs: EVENT_MARGIN_MS } : { kind: "absolute", start: t.time - EVENT_MARGIN_MS, end: t.time + EVENT_MARGIN_MS },
        evidence: { eventIds: [t.eventId] },
      });
    case "time":
      return stepSchema.parse({
        ...base,
        view: { kind: "timeline" },
        time: { kind: "absolute", start: t.start, end: t.end },
        evidence: { find: [{ label: "events in the noted time range", min: 0 }] },
      });
    case "principal":
      return stepSchema.parse({ ...base, view: { kind: "user", principal: t.principal }, evidence: { principal: t.principal, find: [{ label: `events of ${t.principal.slice(0, 150)}`, chips: [{ field: "principal", value: t.principal }] }] } });
    case "bucket":
      return stepSchema.parse({ ...base, view: { kind: "bucket", bucket: t.bucket }, evidence: { bucket: t.bucket, find: [{ label: `events on ${t.bucket.slice(0, 150)}`, chips: [{ field: "bucket", value: t.bucket }] }] } });
  }
}

/** Adds a note to a story as a new step at `index` (default: the end). */
export function addNoteAsStep(story: Story, note: AnalystNote, index = story.steps.length): EditResult {
  const step = noteToStep(note);
  return insertStep(story, { ...step, id: uniqueStepId(story, step.id) }, index);
}
