import { describe, expect, it } from "vitest";
import { prettyJson } from "./raw-record";

describe("prettyJson", () => {
  it("indents JSON and keeps hostile keys and markup as text", () => {
    const out = prettyJson('{"__proto__":{"x":1},"userAgent":"<script>alert(1)</script>"}');
    expect(out).toBe('{\n  "__proto__": {\n    "x": 1\n  },\n  "userAgent": "<script>alert(1)</script>"\n}');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("returns text that is not JSON unchanged", () => {
    expect(prettyJson("{oops")).toBe("{oops");
  });
});
