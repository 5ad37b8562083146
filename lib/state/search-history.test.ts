import { describe, expect, it } from "vitest";
import { MAX_REMEMBERED_LENGTH, mergeHistories, readSearchHistory, rememberSearch, SEARCH_HISTORY_LIMIT } from "./search-history";

describe("readSearchHistory", () => {
  it.each([
    ["nothing stored", null, []],
    ["not JSON", "{oops", []],
    ["not an array", '{"0":"eventName=GetObject"}', []],
    ["a non-string entry", '["a", 3]', []],
    ["an empty entry", '["a", ""]', []],
    ["an over-long entry", JSON.stringify(["x".repeat(MAX_REMEMBERED_LENGTH + 1)]), []],
    ["__proto__ as a key", '{"__proto__": ["a"]}', []],
    ["a valid list", '["eventName=GetObject", "demo_id=exfil | stats count"]', ["eventName=GetObject", "demo_id=exfil | stats count"]],
    ["repeats", '["a", "b", "a"]', ["a", "b"]],
  ])("%s", (_, raw, expected) => {
    expect(readSearchHistory(raw)).toEqual(expected);
  });

  it("keeps at most the limit of a long stored list", () => {
    const stored = Array.from({ length: SEARCH_HISTORY_LIMIT + 5 }, (_, i) => `q${i}`);
    expect(readSearchHistory(JSON.stringify(stored))).toEqual(stored.slice(0, SEARCH_HISTORY_LIMIT));
  });

  it("keeps markup as plain text", () => {
    expect(readSearchHistory(JSON.stringify(['userAgent="<script>alert(1)</script>"']))).toEqual(['userAgent="<script>alert(1)</script>"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("rememberSearch", () => {
  it.each([
    ["puts a new search first", ["b"], "a", ["a", "b"]],
    ["moves a repeated search to the front", ["b", "a"], "a", ["a", "b"]],
    ["trims it", ["b"], "  a \n", ["a", "b"]],
    ["ignores a blank search", ["b"], "   ", ["b"]],
    ["ignores an over-long search", ["b"], "x".repeat(MAX_REMEMBERED_LENGTH + 1), ["b"]],
  ])("%s", (_, history, query, expected) => {
    expect(rememberSearch(history, query)).toEqual(expected);
  });

  it("forgets the oldest past the limit", () => {
    const full = Array.from({ length: SEARCH_HISTORY_LIMIT }, (_, i) => `q${i}`);
    const next = rememberSearch(full, "new");
    expect(next).toHaveLength(SEARCH_HISTORY_LIMIT);
    expect(next[0]).toBe("new");
    expect(next).not.toContain(`q${SEARCH_HISTORY_LIMIT - 1}`);
  });
});

describe("mergeHistories", () => {
  it("puts this visit's searches before the stored ones, without repeats", () => {
    expect(mergeHistories(["c", "a"], ["a", "b"])).toEqual(["c", "a", "b"]);
  });
});
