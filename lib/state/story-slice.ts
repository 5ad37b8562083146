/**
 * Where the analyst is in a story: which story, which step (1-based, as the
 * URL and the presenter's number keys say it), whether the steps are played
 * as a presentation or as a training run, and which window this is in
 * presenter mode (the audience's, or the presenter's notes). URL-backed on
 * /story and /story/present, so a link or a reload lands on the same step.
 */
import type { SliceCreator } from "./slice";

export interface StoryPosition {
  /** A built-in, saved or generated story's id; null = none chosen. */
  id: string | null;
  /** 1-based step number. */
  step: number;
  mode: "view" | "training";
  role: "audience" | "notes";
}

export const DEFAULT_STORY_POSITION: StoryPosition = { id: null, step: 1, mode: "view", role: "audience" };

export interface StorySlice {
  storyPosition: StoryPosition;
  setStoryPosition(p: Partial<StoryPosition>): void;
}

const STORY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** More steps than any story may have (lib/story's MAX_STEPS is 200). */
const MAX_STEP = 1000;

/** The story position a URL's parameters say (malformed ones at their defaults). */
export function readStoryPosition(params: URLSearchParams): StoryPosition {
  const id = params.get("story");
  const step = params.get("step");
  const n = step !== null && /^\d{1,4}$/.test(step) ? Number(step) : 1;
  return {
    id: id !== null && STORY_ID.test(id) ? id : null,
    step: n >= 1 && n <= MAX_STEP ? n : 1,
    mode: params.get("mode") === "training" ? "training" : "view",
    role: params.get("role") === "notes" ? "notes" : "audience",
  };
}

/** The URL parameters of a story position (defaults left out). */
export function writeStoryPosition(p: StoryPosition): [string, string][] {
  const out: [string, string][] = [];
  if (p.id !== null) out.push(["story", p.id]);
  if (p.step !== 1) out.push(["step", String(p.step)]);
  if (p.mode === "training") out.push(["mode", "training"]);
  if (p.role === "notes") out.push(["role", "notes"]);
  return out;
}

/** Creates the story slice. */
export const createStorySlice: SliceCreator<StorySlice> = (set) => ({
  storyPosition: DEFAULT_STORY_POSITION,
  setStoryPosition: (p) => set((s) => ({ storyPosition: { ...s.storyPosition, ...p } })),
});
