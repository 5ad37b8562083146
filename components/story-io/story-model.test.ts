import { describe, expect, it } from "vitest";
import { EXFIL_STORY } from "../../lib/story/builtin/exfil";
import type { AnalystNote } from "../../lib/story/note";
import { parseStory } from "../../lib/story/schema";
import { appendNotes, copyOf, emptyStory, importedStory, storedStories, storyFileName, storyJson, uniqueStoryId } from "./story-model";

const T0 = Date.UTC(2026, 0, 8, 10, 0, 0);

function makeNote(overrides: Partial<AnalystNote> = {}): AnalystNote {
  return { id: "n1", text: "Backdoor user created", target: { kind: "event", eventId: "ev-1", time: T0 }, createdAt: T0, ...overrides };
}

describe("uniqueStoryId", () => {
  it.each([
    ["my-investigation", [], "my-investigation"],
    ["my-investigation", ["my-investigation"], "my-investigation-2"],
    ["my-investigation", ["my-investigation", "my-investigation-2"], "my-investigation-3"],
    ["../weird id", [], "weird-id"],
    ["", [], "story"],
  ])("%s among %o → %s", (base, taken, id) => {
    expect(uniqueStoryId(base, new Set(taken))).toBe(id);
  });
});

describe("appendNotes", () => {
  it("appends one validated step per note, with unique ids, in order", () => {
    const story = emptyStory("my-investigation", "My investigation");
    const r = appendNotes(story, [makeNote(), makeNote({ id: "n2", text: "Bucket listed", target: { kind: "bucket", bucket: "fakeshirtco-designs" } }), makeNote()]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.story.steps.map((s) => [s.id, s.title, s.view.kind])).toEqual([
      ["note-n1", "Backdoor user created", "event"],
      ["note-n2", "Bucket listed", "bucket"],
      ["note-n1-2", "Backdoor user created", "event"],
    ]);
    expect(parseStory(r.story).ok).toBe(true);
    expect(story.steps).toEqual([]);
  });
});

describe("copies, imports and files", () => {
  it("copies a built-in story under a fresh id and a (copy) title", () => {
    const copy = copyOf(EXFIL_STORY, new Set([EXFIL_STORY.id, `${EXFIL_STORY.id}-copy`]));
    expect(copy.id).toBe(`${EXFIL_STORY.id}-copy-2`);
    expect(copy.title).toBe(`${EXFIL_STORY.title} (copy)`);
    expect(copy.steps).toEqual(EXFIL_STORY.steps);
  });

  it("renames an import whose id is taken, and keeps a free one", () => {
    const story = emptyStory("case-42", "Case 42");
    expect(importedStory(story, new Set())).toEqual({ story, renamed: false });
    expect(importedStory(story, new Set(["case-42"]))).toEqual({ story: { ...story, id: "case-42-2" }, renamed: true });
  });

  it("writes JSON that parseStory reads back to the same story", () => {
    const r = appendNotes(emptyStory("case-42", "Case 42"), [makeNote({ text: "<img src=x onerror=alert(1)>" })]);
    if (!r.ok) throw new Error(r.errors.join());
    const back = parseStory(storyJson(r.story));
    expect(back).toEqual({ ok: true, story: r.story });
    expect(storyFileName(r.story, "story.json")).toBe("case-42.story.json");
  });

  it("reads back only valid stored stories, by title", () => {
    const b = emptyStory("b", "Alpha");
    const a = emptyStory("a", "Beta");
    const { stories, dropped } = storedStories([a, { version: 1, id: "x" }, b, 7]);
    expect(stories.map((s) => s.id)).toEqual(["b", "a"]);
    expect(dropped).toBe(2);
  });
});
