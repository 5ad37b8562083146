import { describe, expect, it } from "vitest";
import { EXFIL_STORY } from "./builtin/exfil";
import { addNoteAsStep, deleteStep, insertStep, moveStep, noteToStep, uniqueStepId, updateStep, type EditResult } from "./edit";
import { noteApplies, noteSchema, type AnalystNote, type NoteTarget } from "./note";
import { resolveStory } from "./resolve";
import type { Story } from "./schema";
import { demo } from "./testing/data";

const ids = (r: EditResult): string[] => {
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.story.steps.map((s) => s.id);
};
const storyOf = (r: EditResult): Story => {
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.story;
};

/** A note with realistic defaults, pinned to `target`. */
function makeNote(target: NoteTarget, overrides: Partial<AnalystNote> = {}): AnalystNote {
  return noteSchema.parse({ id: "n1", text: "**Look here.** The key was used from Linux.", target, createdAt: Date.UTC(2026, 0, 15), ...overrides });
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === "object") {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

const STORY = deepFreeze(structuredClone(EXFIL_STORY));
const ORDER = ["baseline", "backdoor", "recon", "test-read", "exfil", "attribution"];

describe("editing steps", () => {
  it.each<[string, () => EditResult, string[]]>([
    ["move a step down", () => moveStep(STORY, 0, 2), ["backdoor", "recon", "baseline", "test-read", "exfil", "attribution"]],
    ["move a step to the front", () => moveStep(STORY, 5, 0), ["attribution", ...ORDER.slice(0, 5)]],
    ["move past the end clamps", () => moveStep(STORY, 1, 99), ["baseline", "recon", "test-read", "exfil", "attribution", "backdoor"]],
    ["insert at a position", () => insertStep(STORY, { id: "intro", title: "Intro", view: { kind: "findings" } }, 0), ["intro", ...ORDER]],
    ["insert at the end by default", () => insertStep(STORY, { id: "outro", title: "Outro", view: { kind: "findings" } }), [...ORDER, "outro"]],
    ["insert with a taken id renames", () => insertStep(STORY, { id: "recon", title: "Again", view: { kind: "timeline" } }, 3), ["baseline", "backdoor", "recon", "recon-2", "test-read", "exfil", "attribution"]],
    ["delete a step", () => deleteStep(STORY, "recon"), ["baseline", "backdoor", "test-read", "exfil", "attribution"]],
  ])("%s", (_, edit, expected) => {
    expect(ids(edit())).toEqual(expected);
  });

  it("edits a step's fields and keeps the rest", () => {
    const s = storyOf(updateStep(STORY, "recon", { title: "Looking around", talkingPoint: "*new*" })).steps[2];
    expect([s.title, s.talkingPoint, s.view]).toEqual(["Looking around", "*new*", STORY.steps[2].view]);
  });

  it("renaming a step updates the steps that gather it", () => {
    const story = storyOf(updateStep(STORY, "exfil", { id: "the-theft" }));
    expect(story.steps[5].evidence.fromSteps).toEqual(["backdoor", "recon", "test-read", "the-theft"]);
  });

  it("deleting a step removes it from the steps that gather it", () => {
    expect(storyOf(deleteStep(STORY, "backdoor")).steps[4].evidence.fromSteps).toEqual(["recon", "test-read", "exfil"]);
  });

  it("moving the gathering step before what it gathers keeps the story valid", async () => {
    const moved = storyOf(moveStep(STORY, 5, 0));
    const r = await resolveStory(moved, await demo());
    expect(r.steps[0].evidence.total).toBe(172);
  });

  it.each<[string, () => EditResult, string]>([
    ["an empty title", () => updateStep(STORY, "recon", { title: " " }), 'steps[2].title: must not be empty'],
    ["a step that does not exist", () => updateStep(STORY, "nope", { title: "x" }), 'steps: there is no step "nope"'],
    ["deleting a step that does not exist", () => deleteStep(STORY, "nope"), 'steps: there is no step "nope"'],
    ["moving from nowhere", () => moveStep(STORY, 9, 0), "steps[9]: there is no step at that position"],
    ["renaming onto another step's id", () => updateStep(STORY, "recon", { id: "exfil" }), 'steps[4] ("The exfiltration (Days 11–14)").id: "exfil" is already the id of steps[2]'],
    ["an invalid step", () => insertStep(STORY, { id: "x", title: "X", view: { kind: "search", spl: "" } }), 'steps[6] ("X").view.spl: Too small: expected string to have >=1 characters'],
  ])("refuses %s", (_, edit, error) => {
    const r = edit();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(error);
  });

  it.each([
    ["free", "free"],
    ["recon", "recon-2"],
    ["Note on alex.miller!", "Note-on-alex.miller-"],
    ["__proto__", "proto__"],
    ["", "step"],
  ])("uniqueStepId(%j) = %j", (base, id) => {
    expect(uniqueStepId(STORY, base)).toBe(id);
  });
});

describe("notes", () => {
  const EVENT_TIME = Date.UTC(2026, 0, 12, 3, 15);

  it.each<[string, NoteTarget, Record<string, unknown>]>([
    ["an event", { kind: "event", eventId: "e-1", time: EVENT_TIME }, { view: { kind: "event", eventId: "e-1" }, time: { kind: "absolute", start: EVENT_TIME - 900_000, end: EVENT_TIME + 900_000 }, evidence: { eventIds: ["e-1"] } }],
    ["an event without a time", { kind: "event", eventId: "e-1" }, { time: { kind: "evidence", padMs: 900_000 } }],
    ["a time range", { kind: "time", start: 1, end: 2 }, { view: { kind: "timeline" }, time: { kind: "absolute", start: 1, end: 2 }, evidence: { find: [{ label: "events in the noted time range", chips: [], min: 0 }] } }],
    ["a principal", { kind: "principal", principal: "alex.miller" }, { view: { kind: "user", principal: "alex.miller" }, evidence: { principal: "alex.miller", find: [{ label: "events of alex.miller", chips: [{ field: "principal", value: "alex.miller", negate: false }], min: 1 }] } }],
    ["a bucket", { kind: "bucket", bucket: "faketshirtco-backups" }, { view: { kind: "bucket", bucket: "faketshirtco-backups" }, evidence: { bucket: "faketshirtco-backups" } }],
  ])("a note on %s becomes a step showing it", (_, target, expected) => {
    const step = noteToStep(makeNote(target));
    expect(step).toMatchObject({ id: "note-n1", title: "Look here. The key was used from Linux.", talkingPoint: "**Look here.** The key was used from Linux.", ...expected });
  });

  it("titles an empty note by its target", () => {
    expect(noteToStep(makeNote({ kind: "bucket", bucket: "b" }, { text: "" })).title).toBe("Note on b");
  });

  it("adds a note to a story as a step, with a fresh id", () => {
    const once = storyOf(addNoteAsStep(STORY, makeNote({ kind: "principal", principal: "alex.miller" }), 1));
    const twice = storyOf(addNoteAsStep(once, makeNote({ kind: "principal", principal: "alex.miller" })));
    expect(twice.steps.map((s) => s.id)).toEqual(["baseline", "note-n1", ...ORDER.slice(1), "note-n1-2"]);
  });

  it("a note on the test read, as a step, shows that event on the demo", async () => {
    const loaded = await demo();
    const r0 = await resolveStory(EXFIL_STORY, loaded);
    const testRead = r0.steps[3].evidence.sample[0];
    const story = storyOf(addNoteAsStep(STORY, makeNote({ kind: "event", eventId: testRead.eventId, time: testRead.time })));
    const s = (await resolveStory(story, loaded)).steps[6];
    expect(s.problems).toEqual([]);
    expect(s.view.event).toEqual({ eventId: testRead.eventId });
    expect(s.evidence.rows).toEqual([testRead.row]);
  });

  it.each<[string, NoteTarget, Parameters<typeof noteApplies>[1], boolean]>([
    ["an event on screen", { kind: "event", eventId: "e" }, { eventIds: new Set(["e"]) }, true],
    ["an event off screen", { kind: "event", eventId: "e" }, { eventIds: new Set(["f"]) }, false],
    ["an event on the time axis", { kind: "event", eventId: "e", time: 5 }, { range: { start: 0, end: 10 } }, true],
    ["an event past the time axis", { kind: "event", eventId: "e", time: 10 }, { range: { start: 0, end: 10 } }, false],
    ["a range overlapping the axis", { kind: "time", start: 8, end: 20 }, { range: { start: 0, end: 10 } }, true],
    ["a range beside the axis", { kind: "time", start: 10, end: 20 }, { range: { start: 0, end: 10 } }, false],
    ["a range where there is no axis", { kind: "time", start: 0, end: 20 }, {}, false],
    ["a principal shown", { kind: "principal", principal: "p" }, { principals: new Set(["p"]) }, true],
    ["a bucket not shown", { kind: "bucket", bucket: "b" }, { buckets: new Set(["c"]) }, false],
  ])("noteApplies: %s", (_, target, shown, expected) => {
    expect(noteApplies(makeNote(target), shown)).toBe(expected);
  });

  it.each<[Record<string, unknown>, string, string]>([
    [{ id: "n", text: "x", target: { kind: "time", start: 5, end: 5 }, createdAt: 0 }, "target.end", "start must be before end"],
    [{ id: "n", text: "x", target: { kind: "event", eventId: "" }, createdAt: 0 }, "target.eventId", "Too small: expected string to have >=1 characters"],
    [{ id: "n", text: "x", target: { kind: "principal", principal: "p" }, createdAt: 0, pinned: true }, "", 'Unrecognized key: "pinned"'],
  ])("rejects an invalid note (%#)", (raw, path, message) => {
    const r = noteSchema.safeParse(raw);
    expect(r.success).toBe(false);
    if (!r.success) expect([r.error.issues[0].path.join("."), r.error.issues[0].message]).toEqual([path, message]);
  });
});
