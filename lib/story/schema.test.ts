import { describe, expect, it } from "vitest";
import { EXFIL_STORY } from "./builtin/exfil";
import { MAX_MARKDOWN_LENGTH } from "./markdown";
import { MAX_STORY_JSON_LENGTH, parseStory, storySchema, type StoryMigration } from "./schema";

type Raw = Record<string, unknown>;

/** A minimal valid story as a plain JSON object, with overrides. */
function makeRaw(overrides: Raw = {}): Raw {
  return {
    version: 1,
    id: "case-42",
    title: "A case",
    steps: [
      { id: "one", title: "First", view: { kind: "timeline" } },
      { id: "two", title: "The backdoor (Day 8)", view: { kind: "user", principal: "alex.miller" } },
    ],
    ...overrides,
  };
}

/** makeRaw with steps[i] patched. */
function withStep(i: number, patch: Raw): Raw {
  const raw = makeRaw();
  const steps = raw.steps as Raw[];
  steps[i] = { ...steps[i], ...patch };
  return raw;
}

const errorsOf = (input: unknown): string[] => {
  const r = parseStory(input);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
};

describe("round trip", () => {
  it("the built-in story survives JSON export and import unchanged", () => {
    const r = parseStory(JSON.stringify(EXFIL_STORY));
    expect(r).toEqual({ ok: true, story: EXFIL_STORY });
  });

  it("fills defaults, and a parsed story parses to itself", () => {
    const r = parseStory(makeRaw());
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.story.dataset).toBe("any");
    expect(r.story.steps[0]).toEqual({
      id: "one",
      title: "First",
      talkingPoint: "",
      notes: "",
      view: { kind: "timeline" },
      filters: { chips: [], text: "" },
      time: { kind: "all" },
      evidence: { find: [], eventIds: [], fromSteps: [], list: true },
    });
    expect(parseStory(JSON.parse(JSON.stringify(r.story)))).toEqual(r);
  });

  it("gives every parsed step its own default objects", () => {
    const r = storySchema.parse(makeRaw());
    r.steps[0].filters.chips.push({ field: "principal", value: "x", negate: false });
    expect(r.steps[1].filters.chips).toEqual([]);
  });
});

describe("import errors name the path of each problem", () => {
  const hugeTalk = "x".repeat(MAX_MARKDOWN_LENGTH + 1);
  it.each<[string, unknown, string | RegExp]>([
    ["text that is not JSON", "{ not json", /^story: not valid JSON \(.*position 2\)$/],
    ["a JSON array", "[]", "story: expected a JSON object, got an array"],
    ["null", null, "story: expected a JSON object, got null"],
    ["a number", 3, "story: expected a JSON object, got number"],
    ["no version", makeRaw({ version: undefined }), 'version: is missing (a Trailscope story has "version": 1)'],
    ["a version as text", makeRaw({ version: "1" }), 'version: must be a whole number, got "1"'],
    ["a newer version", makeRaw({ version: 2 }), "version: this story was written by a newer Trailscope (version 2); this one reads up to version 1"],
    ["an older version without an upgrade", makeRaw({ version: 0 }), "version: stories of version 0 cannot be upgraded to version 1"],
    ["an unknown key", makeRaw({ colour: "red" }), 'story: Unrecognized key: "colour"'],
    ["a bad story id", makeRaw({ id: "../etc/passwd" }), "id: must be 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit"],
    ["an empty title", makeRaw({ title: "   " }), "title: must not be empty"],
    ["a step without a title", withStep(0, { title: undefined }), "steps[0].title: is missing (expected string)"],
    ["steps that are not a list", makeRaw({ steps: "one, two" }), "steps: Invalid input: expected array, received string"],
    ["an unknown view", withStep(1, { view: { kind: "map" } }), `steps[1] ("The backdoor (Day 8)").view.kind: must be one of 'timeline' | 'user' | 'bucket' | 'exfil' | 'search' | 'event' | 'findings'`],
    ["a search view without SPL", withStep(0, { view: { kind: "search" } }), 'steps[0] ("First").view.spl: is missing (expected string)'],
    ["an unknown key in a step", withStep(0, { talking: "typo" }), 'steps[0] ("First"): Unrecognized key: "talking"'],
    ["a duplicate step id", withStep(1, { id: "one" }), 'steps[1] ("The backdoor (Day 8)").id: "one" is already the id of steps[0]'],
    ["a chip on a field name that is not one", withStep(0, { filters: { chips: [{ field: "__proto__ x", value: "a" }] } }), `steps[0] ("First").filters.chips[0].field: is not a field name (letters, digits, '_', '.', '-', starting with a letter)`],
    ["days in the wrong order", withStep(0, { time: { kind: "days", from: 9, to: 8 } }), 'steps[0] ("First").time.to: to must not be before from'],
    ["Day 0", withStep(0, { time: { kind: "days", from: 0, to: 8 } }), 'steps[0] ("First").time.from: Too small: expected number to be >=1'],
    ["an empty absolute range", withStep(0, { time: { kind: "absolute", start: 5, end: 5 } }), 'steps[0] ("First").time.end: start must be before end'],
    ["equal hours", withStep(0, { evidence: { hours: { from: 3, to: 3 } } }), 'steps[0] ("First").evidence.hours.to: from and to must differ'],
    ["a query timed by its own evidence", withStep(0, { evidence: { find: [{ label: "x", time: { kind: "evidence" } }] } }), 'steps[0] ("First").evidence.find[0].time.kind: a query cannot be timed by the evidence it finds'],
    ["a query whose max is below its min", withStep(0, { evidence: { find: [{ label: "x", min: 3, max: 2 }] } }), 'steps[0] ("First").evidence.find[0].max: must not be below min'],
    ["a query without a label", withStep(0, { evidence: { find: [{ chips: [] }] } }), 'steps[0] ("First").evidence.find[0].label: is missing (expected string)'],
    ["gathering a step that does not exist", withStep(0, { evidence: { fromSteps: ["three"] } }), 'steps[0] ("First").evidence.fromSteps[0]: "three" is not the id of another step'],
    ["gathering itself", withStep(0, { evidence: { fromSteps: ["one"] } }), 'steps[0] ("First").evidence.fromSteps[0]: "one" is not the id of another step'],
    [
      "gathering a step that gathers",
      (() => {
        const raw = withStep(0, { evidence: { fromSteps: ["two"] } });
        (raw.steps as Raw[])[1].evidence = { fromSteps: ["one"] };
        return raw;
      })(),
      'steps[0] ("First").evidence.fromSteps[0]: step "two" gathers other steps itself; name the steps it gathers instead',
    ],
    ["a choice answer past the options", withStep(0, { question: { kind: "choice", prompt: "?", options: ["a", "b"], answer: 2 } }), 'steps[0] ("First").question.answer: must be the index of one of the options (0-based)'],
    ["a choice with one option", withStep(0, { question: { kind: "choice", prompt: "?", options: ["a"], answer: 0 } }), 'steps[0] ("First").question.options: Too small: expected array to have >=2 items'],
    ["an unknown question kind", withStep(0, { question: { kind: "essay", prompt: "?" } }), `steps[0] ("First").question.kind: must be one of 'choice' | 'value'`],
    ["a hint with a negative cost", withStep(0, { question: { kind: "value", prompt: "?", answer: "x", hints: [{ text: "h", cost: -1 }] } }), 'steps[0] ("First").question.hints[0].cost: Too small: expected number to be >=0'],
    ["a talking point that is too long", withStep(0, { talkingPoint: hugeTalk }), `steps[0] ("First").talkingPoint: Too big: expected string to have <=${MAX_MARKDOWN_LENGTH} characters`],
    ["a dataset hint of the wrong shape", makeRaw({ dataset: { scenario: "exfil" } }), "dataset: Invalid input"],
    ["deeply nested JSON where text belongs", `{"version":1,"id":"a","title":"t","steps":[],"description":${"[".repeat(100_000)}${"]".repeat(100_000)}}`, "description: Invalid input: expected string, received array"],
  ])("%s", (_, input, message) => {
    const errors = errorsOf(input);
    if (typeof message === "string") expect(errors).toContain(message);
    else expect(errors.some((e) => message.test(e)), errors.join("\n")).toBe(true);
  });

  it("names a long step title by its first characters", () => {
    const title = "A very long step title that goes on and on and on";
    expect(errorsOf(withStep(0, { title, view: { kind: "nope" } }))[0]).toMatch(/^steps\[0\] \("A very long step title that goes on and…"\)\.view\.kind: must be one of /);
  });

  it("refuses `__proto__` as a key and pollutes nothing", () => {
    const errors = errorsOf('{"version":1,"id":"a","title":"t","steps":[],"__proto__":{"polluted":true}}');
    expect(errors).toEqual(['story: Unrecognized key: "__proto__"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("lists at most 50 problems and says how many more there are", () => {
    const steps = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, title: "", view: { kind: "timeline" } }));
    const errors = errorsOf(makeRaw({ steps }));
    expect(errors).toHaveLength(51);
    expect(errors[50]).toBe("… and 10 more problems");
  });

  it("refuses a file larger than the limit before parsing it", () => {
    expect(errorsOf(" ".repeat(MAX_STORY_JSON_LENGTH + 1))).toEqual([`story: the file is too large (${MAX_STORY_JSON_LENGTH + 1} characters; at most ${MAX_STORY_JSON_LENGTH})`]);
  });
});

describe("migrations", () => {
  // A made-up version 0 that called the talking point "say": the hook upgrades it before validation.
  const v0to1: StoryMigration = (s) => ({
    ...s,
    steps: (s.steps as Raw[]).map(({ say, ...rest }) => ({ ...rest, talkingPoint: say })),
  });

  it("upgrades an older story through the hook, then validates it", () => {
    const old = { ...makeRaw(), version: 0, steps: [{ id: "one", title: "First", say: "**hello**", view: { kind: "timeline" } }] };
    const r = parseStory(old, new Map([[0, v0to1]]));
    if (!r.ok) throw new Error(r.errors.join("\n"));
    expect(r.story.version).toBe(1);
    expect(r.story.steps[0].talkingPoint).toBe("**hello**");
  });

  it("reports problems of the upgraded story", () => {
    const old = { ...makeRaw(), version: 0, steps: [{ id: "one", title: "First", say: 7, view: { kind: "timeline" } }] };
    expect(parseStory(old, new Map([[0, v0to1]]))).toEqual({ ok: false, errors: ['steps[0] ("First").talkingPoint: Invalid input: expected string, received number'] });
  });
});
