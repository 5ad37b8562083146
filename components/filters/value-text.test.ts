import { describe, expect, it } from "vitest";
import { displayValue, EMPTY_TEXT, filterValueOf, truncate } from "./value-text";

describe("value text", () => {
  it.each([
    ["GetObject", "GetObject"],
    ["", ""],
    [3, "3"],
    [Number.NaN, ""],
  ] as const)("filterValueOf(%j) → %j", (v, text) => expect(filterValueOf(v)).toBe(text));

  it.each([
    ["abc", 5, "abc"],
    ["abcdef", 4, "abc…"],
    ["ab😀cd", 4, "ab…"],
  ])("truncate(%j, %d) → %j", (text, max, out) => expect(truncate(text, max)).toBe(out));

  it("shows absent values and byte counts readably and keeps markup as text", () => {
    expect(displayValue("")).toBe(EMPTY_TEXT);
    expect(displayValue(Number.NaN, "bytesOut")).toBe(EMPTY_TEXT);
    expect(displayValue(1234567, "bytesOut")).toBe("1,234,567");
    expect(displayValue("<b>x</b>", "userAgent", 5)).toBe("<b>x…");
  });
});
