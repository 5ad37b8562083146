/**
 * Pure helpers of the analyst's saved stories: reading them back from storage
 * (validated; a bad record is dropped), the default "My investigation" story,
 * notes appended as steps, editable copies of built-in stories, ids that
 * never overwrite another story, and export file names.
 */
import { addNoteAsStep } from "../../lib/story/edit";
import type { AnalystNote } from "../../lib/story/note";
import { parseStory, STORY_VERSION, type Story } from "../../lib/story/schema";

/** The id and title of the story notes go to when the analyst has none. */
export const DEFAULT_STORY_ID = "my-investigation";
export const DEFAULT_STORY_TITLE = "My investigation";

/** The valid stories among stored records, by title, and how many records were not stories. */
export function storedStories(values: readonly unknown[]): { stories: Story[]; dropped: number } {
  const stories: Story[] = [];
  for (const v of values) {
    const parsed = parseStory(v);
    if (parsed.ok) stories.push(parsed.story);
  }
  stories.sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1));
  return { stories, dropped: values.length - stories.length };
}

/** `base` made unique among `taken` ids: base, base-2, base-3, … (kept within the id length limit). */
export function uniqueStoryId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").slice(0, 90) || "story";
  if (!taken.has(clean)) return clean;
  let n = 2;
  while (taken.has(`${clean}-${n}`)) n++;
  return `${clean}-${n}`;
}

/** An empty story. */
export function emptyStory(id: string, title: string): Story {
  const parsed = parseStory({ version: STORY_VERSION, id, title, steps: [] });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.story;
}

/** `story` with every note appended as a step (in the given order), or the first refusal. */
export function appendNotes(story: Story, notes: readonly AnalystNote[]): { ok: true; story: Story } | { ok: false; errors: string[] } {
  let current = story;
  for (const note of notes) {
    const next = addNoteAsStep(current, note);
    if (!next.ok) return { ok: false, errors: next.errors };
    current = next.story;
  }
  return { ok: true, story: current };
}

/** An editable copy of a (built-in) story under a fresh id. */
export function copyOf(story: Story, taken: ReadonlySet<string>): Story {
  const title = `${story.title} (copy)`.slice(0, 200);
  return { ...story, id: uniqueStoryId(`${story.id}-copy`, taken), title };
}

/** An imported story, renamed to a fresh id when its id is taken (an import never replaces a story). */
export function importedStory(story: Story, taken: ReadonlySet<string>): { story: Story; renamed: boolean } {
  if (!taken.has(story.id)) return { story, renamed: false };
  return { story: { ...story, id: uniqueStoryId(story.id, taken) }, renamed: true };
}

/** "my-investigation.story.json", "my-investigation.md": file names from the story id (already file-name safe). */
export function storyFileName(story: Story, ext: "story.json" | "md" | "html"): string {
  return `${story.id}.${ext}`;
}

/** The story as the JSON file export writes it (what import reads back). */
export function storyJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}
