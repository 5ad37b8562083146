/**
 * An imported story is untrusted JSON: `__proto__`, `constructor` and
 * `prototype` keys must be rejected or kept as data, never reach
 * Object.prototype; the same names as values (a principal called
 * "__proto__") are ordinary strings.
 */
import { describe, expect, it } from "vitest";
import { EXFIL_STORY } from "./builtin/exfil";
import { parseStory } from "./schema";

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const clean = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
};

/** The built-in story as JSON text with `inject` spliced in as its first key. */
function storyText(inject: string): string {
  const text = JSON.stringify(EXFIL_STORY);
  return `{${inject},${text.slice(1)}`;
}

describe("parseStory with hostile keys", () => {
  it.each([
    ['"__proto__":{"polluted":true}'],
    ['"constructor":{"prototype":{"polluted":true}}'],
    ['"prototype":{"polluted":true}'],
  ])("rejects the unknown top-level key in %s without polluting", (inject) => {
    const r = parseStory(storyText(inject));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(/__proto__|constructor|prototype/);
    clean();
  });

  it("rejects __proto__ inside a step's view and chips", () => {
    const text = JSON.stringify(EXFIL_STORY).replace('"kind":"timeline"', '"__proto__":{"polluted":true},"kind":"timeline"');
    expect(text).toContain("__proto__");
    expect(parseStory(text).ok).toBe(false);
    clean();
  });

  it("keeps __proto__ and constructor as values", () => {
    const story = structuredClone(EXFIL_STORY);
    story.steps[0].view = { kind: "user", principal: "__proto__" };
    story.steps[0].evidence.principal = "constructor";
    const r = parseStory(JSON.stringify(story));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.story.steps[0].view).toEqual({ kind: "user", principal: "__proto__" });
      expect(r.story.steps[0].evidence.principal).toBe("constructor");
    }
    clean();
  });
});
