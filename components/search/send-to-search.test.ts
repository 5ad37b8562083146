import { describe, expect, it } from "vitest";
import { parseSearch } from "../../lib/search/parser";
import { createAppStore } from "../../lib/state/store";
import { parseUrlState, urlStateOf } from "../../lib/state/url-state";
import { quoteSpl, searchHref, searchTermFor } from "./send-to-search";

describe("searchTermFor", () => {
  it.each([
    ["principal", "alex.miller", 'principal="alex.miller"'],
    ["bucket", "faketshirtco-financial-reports", 'requestParameters.bucketName="faketshirtco-financial-reports"'],
    ["sourceIp", "203.0.113.50", 'sourceIPAddress="203.0.113.50"'],
    ["demo_id", "exfil", 'demo_id="exfil"'],
    ["userIdentity.userName", "svc-datasync", 'userIdentity.userName="svc-datasync"'],
    ["errorCode", "", 'errorCode=""'],
    ["userAgent", 'say "hi" \\ bye', 'userAgent="say \\"hi\\" \\\\ bye"'],
    ["objectKey", "a | delete", 'requestParameters.key="a | delete"'],
    ["time", String(Date.UTC(2026, 0, 8, 10, 45, 0, 500)), `earliest=${Date.UTC(2026, 0, 8, 10, 45) / 1000} latest=${Date.UTC(2026, 0, 8, 10, 45) / 1000 + 1}`],
  ])("%s = %j → %s", (field, value, term) => {
    expect(searchTermFor(field, value)).toBe(term);
  });

  it.each([
    ["__proto__", "x"],
    ["a b", "x"],
    ["a=b", "x"],
    ["time", "soon"],
    ["time", ""],
  ])("refuses %j = %j", (field, value) => {
    expect(searchTermFor(field, value)).toBeNull();
  });

  it.each(['"', "\\", 'a"b\\', '\\"|stats count', "line\nbreak", "(x) OR y=1"])("quotes %j into one value the parser reads back", (value) => {
    const parsed = parseSearch(`principal=${quoteSpl(value)}`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pipeline.commands).toHaveLength(0);
    expect(parsed.pipeline.search).toMatchObject({ type: "compare", field: { name: "principal" }, value: { text: value, quoted: true } });
  });
});

describe("searchHref", () => {
  it("links to /search with the query and the filters", () => {
    const state = { ...urlStateOf(createAppStore().getState()), chips: [{ field: "region", value: "us-east-1", negate: false }] };
    const href = searchHref(state, 'principal="alex.miller"');
    expect(href.startsWith("/search?")).toBe(true);
    const parsed = parseUrlState(href.slice("/search?".length), "/search");
    expect(parsed.searchQuery).toBe('principal="alex.miller"');
    expect(parsed.chips).toEqual(state.chips);
  });
});
