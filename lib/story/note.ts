/**
 * Analyst notes: a short Markdown text pinned to an event, a time range, a
 * principal or a bucket. Notes are plain data the app keeps (IndexedDB) and
 * shows wherever their target appears; edit.ts turns one into a story step.
 */
import { z } from "../zod";
import { MAX_MARKDOWN_LENGTH } from "./markdown";
import { storyIdSchema } from "./schema";

const name = z.string().min(1).max(1024);

export const noteTargetSchema = z.discriminatedUnion("kind", [
  /** `time` (epoch ms) lets views place the note without looking the event up. */
  z.strictObject({ kind: z.literal("event"), eventId: name, time: z.number().optional() }),
  z.strictObject({ kind: z.literal("time"), start: z.number(), end: z.number() }).refine((t) => t.start < t.end, { message: "start must be before end", path: ["end"] }),
  z.strictObject({ kind: z.literal("principal"), principal: name }),
  z.strictObject({ kind: z.literal("bucket"), bucket: name }),
]);
export type NoteTarget = z.infer<typeof noteTargetSchema>;

export const noteSchema = z.strictObject({
  id: storyIdSchema,
  text: z.string().max(MAX_MARKDOWN_LENGTH),
  target: noteTargetSchema,
  /** Epoch ms. */
  createdAt: z.number(),
  updatedAt: z.number().optional(),
});
export type AnalystNote = z.infer<typeof noteSchema>;

/** What a view shows, for deciding which notes to draw on it (leave out what the view does not show). */
export interface ShownTargets {
  /** Event ids of the rows on screen. */
  eventIds?: ReadonlySet<string>;
  /** The visible time span (a time axis); event notes with a time are placed on it. */
  range?: { start: number; end: number };
  principals?: ReadonlySet<string>;
  buckets?: ReadonlySet<string>;
}

/** Whether a note's target appears in a view: its event is listed or lies on the visible time axis, its range overlaps it, its principal or bucket is shown. */
export function noteApplies(note: AnalystNote, shown: ShownTargets): boolean {
  const t = note.target;
  const range = shown.range;
  switch (t.kind) {
    case "event":
      return shown.eventIds?.has(t.eventId) === true || (t.time !== undefined && range !== undefined && t.time >= range.start && t.time < range.end);
    case "time":
      return range !== undefined && t.start < range.end && t.end > range.start;
    case "principal":
      return shown.principals?.has(t.principal) === true;
    case "bucket":
      return shown.buckets?.has(t.bucket) === true;
  }
}
