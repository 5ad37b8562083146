import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, DEFAULT_SORT, DEFAULT_STACK_BY } from "./events-view-slice";
import { MAX_CHIPS } from "./filters-slice";
import { DEFAULT_FINDINGS_VIEW } from "./findings-slice";
import { DEFAULT_STORY_POSITION } from "./story-slice";
import { hrefFor, isNavigationChange, normalizePath, parseUrlState, serializeUrlState, URL_PARAMS, type UrlState } from "./url-state";

function makeUrlState(overrides: Partial<UrlState> = {}): UrlState {
  return {
    chips: [],
    timeRange: null,
    text: "",
    timeZone: "utc",
    selectedEvent: null,
    selectedPrincipal: null,
    selectedBucket: null,
    sort: DEFAULT_SORT,
    columns: [...DEFAULT_COLUMNS],
    stackBy: DEFAULT_STACK_BY,
    span: "auto",
    searchQuery: "",
    findingsView: DEFAULT_FINDINGS_VIEW,
    storyPosition: DEFAULT_STORY_POSITION,
    ...overrides,
  };
}

const T0 = Date.UTC(2026, 0, 12, 1, 0, 0);
const T1 = Date.UTC(2026, 0, 12, 5, 0, 0);

describe("serializeUrlState", () => {
  it("writes nothing for the defaults", () => {
    expect(serializeUrlState(makeUrlState(), "/timeline")).toBe("");
  });

  it("writes readable filters", () => {
    const state = makeUrlState({
      chips: [
        { field: "principal", value: "alex.miller", negate: false },
        { field: "eventName", value: "ListBuckets", negate: true },
      ],
      timeRange: { start: T0, end: T1 },
      text: "financial reports",
      timeZone: "local",
    });
    expect(serializeUrlState(state, "/timeline")).toBe(
      "f=principal:alex.miller&f=!eventName:ListBuckets&from=2026-01-12T01:00:00Z&to=2026-01-12T05:00:00Z&q=financial%20reports&tz=local",
    );
  });

  it("writes only the parameters of the route", () => {
    const state = makeUrlState({ sort: { field: "eventName", desc: false }, selectedPrincipal: "alex.miller", text: "x" });
    expect(serializeUrlState(state, "/timeline")).toBe("q=x&sort=eventName");
    expect(serializeUrlState(state, "/users")).toBe("q=x&principal=alex.miller");
    expect(serializeUrlState(state, "/")).toBe("q=x");
    expect(hrefFor("/users", state)).toBe("/users?q=x&principal=alex.miller");
    expect(hrefFor("/", makeUrlState())).toBe("/");
  });
});

describe("parseUrlState", () => {
  it("reads what serialize wrote", () => {
    const state = makeUrlState({
      chips: [{ field: "bucket", value: "faketshirtco-financial-reports", negate: true }],
      timeRange: { start: T0, end: T1 },
      selectedEvent: { eventId: "3f1c-…" },
      sort: { field: "principal", desc: true },
      columns: ["time", "userAgent"],
      stackBy: "",
      span: "15m",
    });
    const { selectedPrincipal, selectedBucket, searchQuery, findingsView, storyPosition: _story, ...onTimeline } = state;
    expect([selectedPrincipal, selectedBucket, searchQuery, findingsView]).toEqual([null, null, "", DEFAULT_FINDINGS_VIEW]);
    expect(parseUrlState(serializeUrlState(state, "/timeline"), "/timeline")).toEqual(onTimeline);
  });

  it("reads only global parameters off-route, and ignores unknown ones", () => {
    const parsed = parseUrlState("f=region:us-east-1&sort=region&utm_source=mail&__proto__=x&constructor=1", "/");
    expect(parsed).toEqual({ chips: [{ field: "region", value: "us-east-1", negate: false }], timeRange: null, text: "", timeZone: "utc" });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it("gives defaults for an empty query on a route", () => {
    expect(parseUrlState("", "/timeline/")).toEqual({
      chips: [],
      timeRange: null,
      text: "",
      timeZone: "utc",
      selectedEvent: null,
      sort: DEFAULT_SORT,
      columns: [...DEFAULT_COLUMNS],
      stackBy: DEFAULT_STACK_BY,
      span: "auto",
    });
  });

  it.each([
    ["a chip without a field", "f=:x", { chips: [] }],
    ["a chip with a hostile field name", "f=__proto__:x&f=a%20b:c&f=a,b:c", { chips: [] }],
    ["a value with colons, quotes and markup", "f=objectKey:a:b%3C/script%3E%22", { chips: [{ field: "objectKey", value: 'a:b</script>"', negate: false }] }],
    ["an absent-value chip", "f=!errorCode:", { chips: [{ field: "errorCode", value: "", negate: true }] }],
    ["the same chip twice", "f=region:x&f=!region:x", { chips: [{ field: "region", value: "x", negate: true }] }],
    ["a reversed time range", "from=2026-01-12T05:00:00Z&to=2026-01-12T01:00:00Z", { timeRange: null }],
    ["a half time range", "from=2026-01-12T05:00:00Z", { timeRange: null }],
    ["garbage times", "from=yesterday&to=now", { timeRange: null }],
    ["epoch ms times", `from=${T0}&to=${T1}`, { timeRange: { start: T0, end: T1 } }],
    ["an unknown time zone", "tz=Mars", { timeZone: "utc" }],
    ["a bad sort", "sort=-__proto__", { sort: DEFAULT_SORT }],
    ["columns with junk", "cols=time,,__proto__,eventName,time", { columns: ["time", "eventName"] }],
    ["no usable columns", "cols=,,", { columns: [...DEFAULT_COLUMNS] }],
    ["an unknown span", "span=2h", { span: "auto" }],
    ["no stack", "stack=none", { stackBy: "" }],
    ["a bad stack field", "stack=%3Cb%3E", { stackBy: DEFAULT_STACK_BY }],
    ["a row reference", "row=42", { selectedEvent: { row: 42 } }],
    ["a bad row reference", "row=-1", { selectedEvent: null }],
    ["an eventID over the row", "event=abc&row=3", { selectedEvent: { eventId: "abc" } }],
    ["a huge eventID", `event=${"x".repeat(5000)}`, { selectedEvent: null }],
    ["a huge free text", `q=${"y".repeat(20_000)}`, { text: "" }],
    ["a plus as a space", "q=a+b", { text: "a b" }],
  ])("%s", (_, query, expected) => {
    expect(parseUrlState(query, "/timeline")).toMatchObject(expected);
  });

  it("caps the number of chips", () => {
    const query = Array.from({ length: 500 }, (_, i) => `f=eventName:e${i}`).join("&");
    expect(parseUrlState(query, "/").chips).toHaveLength(MAX_CHIPS);
  });

  it("reads route parameters of the other views on their routes", () => {
    expect(parseUrlState("principal=alex.miller&bucket=b", "/users")).toMatchObject({ selectedPrincipal: "alex.miller" });
    expect(parseUrlState("principal=alex.miller&bucket=b", "/buckets")).toMatchObject({ selectedBucket: "b" });
    expect(parseUrlState("principal=alex.miller", "/buckets")).not.toHaveProperty("selectedPrincipal");
  });
});

describe("literal and wildcard chips", () => {
  it.each([
    ["a clicked value holding a star stays literal", { field: "objectKey", value: "reports/*.csv", negate: false, exact: true }, "f=%3DobjectKey:reports/*.csv"],
    ["a negated literal", { field: "principal", value: "a*b", negate: true, exact: true }, "f=!%3Dprincipal:a*b"],
    ["a typed star is a wildcard", { field: "bucket", value: "faketshirtco-*", negate: false }, "f=bucket:faketshirtco-*"],
  ])("%s", (_name, chip, query) => {
    const state = makeUrlState({ chips: [chip] });
    expect(serializeUrlState(state, "/timeline")).toBe(query);
    expect(parseUrlState(query, "/timeline").chips).toEqual([chip]);
  });

  it("ignores the literal mark on a value without a star", () => {
    expect(parseUrlState("f=%3Dregion%3Aus-east-1", "/timeline").chips).toEqual([{ field: "region", value: "us-east-1", negate: false }]);
  });
});

describe("round trip", () => {
  const fieldName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,20}$/);
  const anyText = fc.string({ unit: "binary", maxLength: 40 });
  const state = fc.record({
    chips: fc.uniqueArray(fc.record({ field: fieldName, value: anyText, negate: fc.boolean() }), {
      maxLength: 6,
      selector: (c) => `${c.field}\u0000${c.value}`,
    }),
    timeRange: fc.option(
      fc.tuple(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 1, max: 1e10 })).map(([start, len]) => ({ start, end: start + len })),
      { nil: null },
    ),
    text: anyText,
    timeZone: fc.constantFrom("utc" as const, "local" as const),
    selectedEvent: fc.option(fc.oneof(anyText.filter((s) => s !== "").map((eventId) => ({ eventId })), fc.nat().map((row) => ({ row }))), { nil: null }),
    sort: fc.record({ field: fieldName, desc: fc.boolean() }),
    columns: fc.uniqueArray(fieldName, { minLength: 1, maxLength: 8 }),
    stackBy: fc.oneof(fc.constant(""), fieldName),
    span: fc.constantFrom("auto" as const, "1m" as const, "1h" as const, "1d" as const),
  });

  it("parse(serialize(s)) = s for every valid timeline state", () => {
    fc.assert(
      fc.property(state, (s) => {
        const full = makeUrlState(s);
        const query = serializeUrlState(full, "/timeline");
        expect(parseUrlState(query, "/timeline")).toEqual({ ...s });
        // Canonical: serialising the parsed state gives the same text (so the URL sync settles).
        expect(serializeUrlState(makeUrlState(parseUrlState(query, "/timeline")), "/timeline")).toBe(query);
      }),
    );
  });

  it("never throws on arbitrary query strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (q) => {
        const parsed = parseUrlState(q, "/timeline");
        expect(Array.isArray(parsed.chips)).toBe(true);
      }),
    );
  });
});

describe("the parameter list", () => {
  it("names every parameter once", () => {
    const names = URL_PARAMS.flatMap((p) => p.names);
    expect(new Set(names).size).toBe(names.length);
  });

  it("covers every URL-backed store field", () => {
    expect(URL_PARAMS.map((p) => p.key).sort()).toEqual(Object.keys(makeUrlState()).sort());
  });
});

describe("normalizePath", () => {
  it.each([
    ["/timeline/", "/timeline"],
    ["/", "/"],
    ["", "/"],
    ["/users", "/users"],
  ])("%s → %s", (p, n) => expect(normalizePath(p)).toBe(n));
});

describe("isNavigationChange", () => {
  it("is true for chip and time range changes, false for text, zone and table settings", () => {
    const base = makeUrlState();
    expect(isNavigationChange(base, makeUrlState({ chips: [{ field: "a", value: "b", negate: false }] }))).toBe(true);
    expect(isNavigationChange(base, makeUrlState({ timeRange: { start: 1, end: 2 } }))).toBe(true);
    expect(isNavigationChange(base, makeUrlState({ text: "x", timeZone: "local", sort: { field: "x" } }))).toBe(false);
  });
});
