/**
 * Pure helpers of analyst notes in the app: making and editing a validated
 * note, reading notes back from storage (a bad record is dropped, never
 * trusted), naming and linking a note's target, and placing notes on the
 * timeline's bucket axis.
 */
import type { CellValue } from "../../lib/index/types";
import { hrefFor, type UrlState } from "../../lib/state/url-state";
import { noteSchema, type AnalystNote, type NoteTarget } from "../../lib/story/note";

export type NoteResult = { ok: true; note: AnalystNote } | { ok: false, errors: string[] };

function issuesOf(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${i.path.length ? `${i.path.map(String).join(".")}: ` : ""}${i.message}`);
}

/** A new note on `target`, validated (an empty text is refused: a note says something). */
export function newNote(target: NoteTarget, text: string, now: number, id: string): NoteResult {
  if (text.trim() === "") return { ok: false, errors: ["text: write something first"] };
  const parsed = noteSchema.safeParse({ id, text, target, createdAt: now });
  return parsed.success ? { ok: true, note: parsed.data } : { ok: false, errors: issuesOf(parsed.error) };
}

/** `note` with a new text, validated. */
export function editNote(note: AnalystNote, text: string, now: number): NoteResult {
  if (text.trim() === "") return { ok: false, errors: ["text: write something first (or delete the note)"] };
  const parsed = noteSchema.safeParse({ ...note, text, updatedAt: now });
  return parsed.success ? { ok: true, note: parsed.data } : { ok: false, errors: issuesOf(parsed.error) };
}

/** The valid notes among stored records, newest first, and how many records were not notes. */
export function storedNotes(values: readonly unknown[]): { notes: AnalystNote[]; dropped: number } {
  const notes: AnalystNote[] = [];
  for (const v of values) {
    const parsed = noteSchema.safeParse(v);
    if (parsed.success) notes.push(parsed.data);
  }
  notes.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
  return { notes, dropped: values.length - notes.length };
}

/** The target of an event record's fields (eventId and time), or null when the record has no eventID to pin to. */
export function eventTargetOf(fields: { readonly [name: string]: CellValue | undefined }): NoteTarget | null {
  const id = Object.hasOwn(fields, "eventId") ? fields.eventId : undefined;
  if (typeof id !== "string" || id === "" || id.length > 1024) return null;
  const time = Object.hasOwn(fields, "time") ? fields.time : undefined;
  return typeof time === "number" && Number.isFinite(time) ? { kind: "event", eventId: id, time } : { kind: "event", eventId: id };
}

/** Whether two targets are the same thing (the notes "on" it). */
export function sameTarget(a: NoteTarget, b: NoteTarget): boolean {
  switch (a.kind) {
    case "event":
      return b.kind === "event" && a.eventId === b.eventId;
    case "time":
      return b.kind === "time" && a.start === b.start && a.end === b.end;
    case "principal":
      return b.kind === "principal" && a.principal === b.principal;
    case "bucket":
      return b.kind === "bucket" && a.bucket === b.bucket;
  }
}

/** "event 1a2b…", "principal alex.miller", "time 2026-01-08 10:00 – 11:00" (times by `fmt`). Plain text. */
export function targetText(target: NoteTarget, fmt: (ms: number) => string): string {
  switch (target.kind) {
    case "event":
      return `event ${target.eventId}${target.time !== undefined ? ` at ${fmt(target.time)}` : ""}`;
    case "time":
      return `time ${fmt(target.start)} – ${fmt(target.end)}`;
    case "principal":
      return `principal ${target.principal}`;
    case "bucket":
      return `bucket ${target.bucket}`;
  }
}

/** The link to where a note's target is shown, keeping the investigation's other URL state. */
export function targetHref(target: NoteTarget, url: UrlState): string {
  switch (target.kind) {
    case "event":
      return hrefFor("/timeline", { ...url, selectedEvent: { eventId: target.eventId } });
    case "time":
      return hrefFor("/timeline", { ...url, timeRange: { start: target.start, end: target.end }, selectedEvent: null });
    case "principal":
      return hrefFor("/users", { ...url, selectedPrincipal: target.principal });
    case "bucket":
      return hrefFor("/buckets", { ...url, selectedBucket: target.bucket });
  }
}

/** A categorical time axis: `buckets` categories of `spanMs`, the first starting at `first`. */
export interface NoteAxis {
  first: number;
  spanMs: number;
  buckets: number;
}

/** One place on the axis where notes are drawn: a line (x1 === x2, event notes) or a band (time notes). */
export interface NoteMark {
  key: string;
  kind: "event" | "time";
  x1: number;
  x2: number;
  /** Notes drawn here. */
  count: number;
}

/** At most this many marks: more would hide the bars. */
export const MAX_NOTE_MARKS = 100;

function bucketOf(axis: NoteAxis, ms: number): number {
  return Math.floor((ms - axis.first) / axis.spanMs);
}

/** Where event notes (with a time) and time-range notes fall on the axis, snapped to its buckets; one mark per place. */
export function noteMarks(notes: readonly AnalystNote[], axis: NoteAxis): NoteMark[] {
  const last = axis.buckets - 1;
  if (last < 0 || !(axis.spanMs > 0)) return [];
  const byPlace = new Map<string, NoteMark>();
  for (const n of notes) {
    const t = n.target;
    let a: number;
    let b: number;
    if (t.kind === "event" && t.time !== undefined) a = b = bucketOf(axis, t.time);
    else if (t.kind === "time") {
      a = bucketOf(axis, t.start);
      // The end is exclusive: a range ending on a bucket boundary does not reach into that bucket.
      b = bucketOf(axis, t.end - 1);
    } else continue;
    if (b < 0 || a > last) continue;
    const x1 = axis.first + Math.max(0, a) * axis.spanMs;
    const x2 = axis.first + Math.min(last, b) * axis.spanMs;
    const kind = t.kind === "event" ? "event" : "time";
    const key = `${kind}:${x1}:${x2}`;
    const seen = byPlace.get(key);
    if (seen) seen.count++;
    else if (byPlace.size < MAX_NOTE_MARKS) byPlace.set(key, { key, kind, x1, x2, count: 1 });
  }
  return [...byPlace.values()];
}

/** When a note's target happened, for putting notes in story order: the event's time, the range's start, else when it was written. */
export function noteTime(note: AnalystNote): number {
  const t = note.target;
  if (t.kind === "event" && t.time !== undefined) return t.time;
  if (t.kind === "time") return t.start;
  return note.createdAt;
}

/** Notes in the order a story tells them: by noteTime, then by when they were written. */
export function storyOrder(notes: readonly AnalystNote[]): AnalystNote[] {
  return notes.slice().sort((a, b) => noteTime(a) - noteTime(b) || a.createdAt - b.createdAt);
}
