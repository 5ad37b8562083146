import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8 } from "../testing/factory";
import { findJsonError, lineAt } from "./json-error";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("findJsonError", () => {
  it.each<[string, number, string, boolean]>([
    ['{"a": 1 "b": 2}', 8, "expected ',' or '}', found '\"'", false],
    ['{"a": 1,}', 8, "expected a property name in double quotes, found '}'", false],
    ["[1, 2", 5, "the text ends with 1 unclosed bracket", true],
    ['{"a": tru}', 9, "invalid literal (expected true)", false],
    ['{"a": "x\ny"}', 8, "line break inside a string (a missing closing quote?)", false],
    ['{"a": "\\q"}', 8, "bad escape \\q in a string", false],
    ["{'a': 1}", 1, "expected a property name in double quotes, found '''", false],
    ["01", 1, "unexpected '1' after the end of the JSON value", false],
    ['{"a": 1} x', 9, "unexpected 'x' after the end of the JSON value", false],
    ["", 0, "no JSON value", true],
    ["-", 1, "the text ends inside a number", true],
  ])("%j fails at %d: %s", (text, offset, message, truncated) => {
    expect(findJsonError(utf8(text))).toEqual({ offset, message, truncated });
  });

  it("accepts valid JSON", () => {
    expect(findJsonError(utf8(' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n", {}]} \n'))).toBeNull();
  });

  it("checks only the given range and reports offsets relative to it", () => {
    expect(findJsonError(utf8('xx{"a": }yy'), 2, 9)).toEqual({ offset: 6, message: "expected a value, found '}'", truncated: false });
  });

  it("agrees with JSON.parse on random and mutated JSON", () => {
    const mutated = fc
      .tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom("", "{", "}", "[", "]", ",", ":", '"', "\\", "\n", "x", "1", "-", ".", "e", " "), fc.boolean())
      .map(([v, at, ch, del]) => {
        const text = JSON.stringify(v);
        const i = text.length === 0 ? 0 : at % text.length;
        return del ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + ch + text.slice(i);
      });
    fc.assert(
      fc.property(mutated, (text) => {
        expect(findJsonError(utf8(text)) === null).toBe(parses(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("survives hostile nesting", () => {
    expect(findJsonError(utf8("[".repeat(200_000)))?.truncated).toBe(true);
  });
});

describe("lineAt", () => {
  it("counts lines up to an offset", () => {
    const b = utf8("a\nb\nc");
    expect([lineAt(b, 0, 0, 1), lineAt(b, 0, 2, 1), lineAt(b, 0, 4, 1), lineAt(b, 2, 4, 7)]).toEqual([1, 2, 3, 8]);
  });
});
