import { describe, expect, it } from "vitest";
import { RAW_SHOWN_CHARS, prettyJson, shownText } from "./raw-record";

describe("prettyJson", () => {
  it("indents JSON and keeps hostile keys and markup as text", () => {
    const out = prettyJson('{"__proto__":{"x":1},"userAgent":"<script>alert(1)</script>"}');
    expect(out).toBe('{\n  "__proto__": {\n    "x": 1\n  },\n  "userAgent": "<script>alert(1)</script>"\n}');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("returns text that is not JSON unchanged", () => {
    expect(prettyJson("{oops")).toBe("{oops");
  });

  it("prints a record nested 10,000 deep without overflowing the stack, compact below the flat depth", () => {
    const deep = `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`;
    const out = prettyJson(deep);
    expect(out.length).toBeLessThan(deep.length + 5_000);
    expect(out).toContain(`1${"}".repeat(9_000)}`);
  });

  it("prints 100,000-element arrays", () => {
    const out = prettyJson(JSON.stringify({ items: Array.from({ length: 100_000 }, (_, i) => i) }));
    expect(out.split("\n")).toHaveLength(100_004);
  });
});

describe("shownText", () => {
  const big = "x".repeat(RAW_SHOWN_CHARS + 10);
  it.each([
    ["short text in full", "abc", false, "abc", false],
    ["long text cut with an ellipsis", big, false, `${"x".repeat(RAW_SHOWN_CHARS - 1)}…`, true],
    ["long text in full once asked", big, true, big, false],
  ])("%s", (_name, text, all, shown, cut) => {
    expect(shownText(text, all)).toEqual({ text: shown, cut });
  });
});
