import { describe, expect, it } from "vitest";
import { parseSearch } from "../../lib/search/parser";
import { errorPosition } from "./error-position";

describe("errorPosition", () => {
  it.each([
    ["on the first line", "eventName=GetObject | statz count", 22, 27, { line: 1, column: 23, before: "eventName=GetObject | ", marked: "statz", after: " count" }],
    ["on a later line", "index=cloud\n| stats count by\n| sort - count", 26, 28, { line: 2, column: 15, before: "| stats count ", marked: "by", after: "" }],
    ["at the very end (an empty span)", "a=", 2, 2, { line: 1, column: 3, before: "a=", marked: "", after: "" }],
    ["clamped past the end", "abc", 10, 12, { line: 1, column: 4, before: "abc", marked: "", after: "" }],
    ["stopping at the end of its line", "x=\"open\ny", 2, 9, { line: 1, column: 3, before: "x=", marked: '"open', after: "" }],
  ])("%s", (_, query, start, end, expected) => {
    expect(errorPosition(query, start, end)).toMatchObject(expected);
  });

  it("cuts a long line around the span", () => {
    const query = `${"a".repeat(500)} BAD ${"b".repeat(500)}`;
    const p = errorPosition(query, 501, 504);
    expect(p).toMatchObject({ line: 1, column: 502, marked: "BAD", cutStart: true, cutEnd: true });
    expect(p.before.length).toBeLessThan(100);
    expect(p.after.length).toBeLessThan(100);
  });

  it("points at what the parser reports", () => {
    const query = "index=cloud sourcetype=aws:cloudtrail\n| statz count";
    const parsed = parseSearch(query);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(errorPosition(query, parsed.error.start, parsed.error.end)).toMatchObject({ line: 2, column: 3, marked: "statz" });
  });
});
