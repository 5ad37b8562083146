import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonText } from "./json-text";
import type { Json } from "./types";

/** `{"a":{"a":…1…}}` nested `depth` levels, as text (JSON.parse accepts it; JSON.stringify overflows). */
const deepObjectText = (depth: number): string => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("jsonText", () => {
  it.each<[string, Json]>([
    ["scalars", [1, -0.5, "x", true, false, null]],
    ["escapes", { 'q"uote': "line\nbreak\u2028", "\u0000": "\ud800" }],
    ["empty containers", { a: [], b: {}, c: [[], {}] }],
    ["hostile keys", JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}') as Json],
  ])("writes %s as JSON.stringify does", (_name, value) => {
    expect(jsonText(value)).toBe(JSON.stringify(value));
    expect(jsonText(value, { indent: 2 })).toBe(JSON.stringify(value, null, 2));
  });

  it("matches JSON.stringify on random JSON, compact and indented", () => {
    fc.assert(
      fc.property(fc.jsonValue() as fc.Arbitrary<Json>, (v) => {
        expect(jsonText(v)).toBe(JSON.stringify(v));
        expect(jsonText(v, { indent: 2 })).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it("writes depth 10,000 that JSON.stringify cannot", () => {
    const text = deepObjectText(10_000);
    const value = JSON.parse(text) as Json;
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    expect(jsonText(value)).toBe(text);
    const arrays = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    expect(jsonText(JSON.parse(arrays) as Json)).toBe(arrays);
  });

  it("stops indenting at flatDepth so deep records stay small", () => {
    expect(jsonText({ a: { b: { c: [1, 2] } } }, { indent: 2, flatDepth: 2 })).toBe('{\n  "a": {\n    "b": {"c":[1,2]}\n  }\n}');
    const compact = deepObjectText(10_000);
    const pretty = jsonText(JSON.parse(compact) as Json, { indent: 2, flatDepth: 32 });
    // Only the first 32 levels take a line each; the rest is the compact text.
    expect(pretty.length).toBeLessThan(compact.length + 32 * 80);
    expect(JSON.parse(pretty)).toBeTruthy();
  });

  it("keeps a __proto__ key as data", () => {
    const v = JSON.parse('{"__proto__":{"polluted":true}}') as Json;
    expect(jsonText(v, { indent: 2 })).toBe('{\n  "__proto__": {\n    "polluted": true\n  }\n}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
