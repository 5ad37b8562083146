import { describe, expect, it } from "vitest";
import { MAX_CHIPS, validRange, withChip, type FilterChip } from "./filters-slice";
import { hasFilters, querySpecOf } from "./query-spec";
import { createAppStore } from "./store";

const chip = (field: string, value: string, negate = false): FilterChip => ({ field, value, negate });

describe("filters slice", () => {
  it("adds, negates and removes chips", () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addChip({ field: "principal", value: "alex.miller" });
    s().addChip({ field: "eventName", value: "GetObject" });
    expect(s().chips).toEqual([chip("principal", "alex.miller"), chip("eventName", "GetObject")]);
    s().toggleChipNegate(1);
    expect(s().chips[1]).toEqual(chip("eventName", "GetObject", true));
    s().removeChip(0);
    expect(s().chips).toEqual([chip("eventName", "GetObject", true)]);
  });

  it("does not duplicate a chip; adding it again sets its negation", () => {
    const store = createAppStore();
    store.getState().addChip({ field: "region", value: "us-east-1" });
    store.getState().addChip({ field: "region", value: "us-east-1", negate: true });
    expect(store.getState().chips).toEqual([chip("region", "us-east-1", true)]);
  });

  it("marks a clicked value holding a star as exact, and its clause takes the star literally", () => {
    const store = createAppStore();
    store.getState().addChip({ field: "objectKey", value: "exports/*" });
    store.getState().addChip({ field: "bucket", value: "logs" });
    store.getState().addChip({ field: "principal", value: "svc-*", exact: false });
    expect(store.getState().chips).toEqual([{ ...chip("objectKey", "exports/*"), exact: true }, chip("bucket", "logs"), chip("principal", "svc-*")]);
    expect(querySpecOf(store.getState()).clauses).toEqual([
      { field: "objectKey", values: ["exports/*"], exact: true },
      { field: "bucket", values: ["logs"] },
      { field: "principal", values: ["svc-*"] },
    ]);
  });

  it("keeps hostile values as plain data", () => {
    const store = createAppStore();
    store.getState().addChip({ field: "objectKey", value: "__proto__" });
    store.getState().addChip({ field: "userAgent", value: "<img src=x onerror=alert(1)>" });
    expect(store.getState().chips.map((c) => c.value)).toEqual(["__proto__", "<img src=x onerror=alert(1)>"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("ignores an invalid time range", () => {
    const store = createAppStore();
    store.getState().setTimeRange({ start: 10, end: 20 });
    expect(store.getState().timeRange).toEqual({ start: 10, end: 20 });
    store.getState().setTimeRange({ start: 20, end: 20 });
    expect(store.getState().timeRange).toBeNull();
    store.getState().setTimeRange({ start: Number.NaN, end: 20 });
    expect(store.getState().timeRange).toBeNull();
  });

  it("replaces every filter at once for pivots and clears them", () => {
    const store = createAppStore();
    store.getState().addChip({ field: "region", value: "x" });
    store.getState().setText("abc");
    store.getState().replaceFilters({ chips: [chip("sourceIp", "10.0.0.1")] });
    expect(store.getState()).toMatchObject({ chips: [chip("sourceIp", "10.0.0.1")], timeRange: null, text: "" });
    store.getState().clearFilters();
    expect(store.getState()).toMatchObject({ chips: [], timeRange: null, text: "" });
  });

  it("caps the chip count", () => {
    let chips: FilterChip[] = [];
    for (let i = 0; i < MAX_CHIPS + 10; i++) chips = withChip(chips, chip("eventName", `e${i}`));
    expect(chips).toHaveLength(MAX_CHIPS);
  });

  it.each([
    [{ start: 1, end: 2 }, { start: 1, end: 2 }],
    [{ start: 2, end: 1 }, null],
    [{ start: 1, end: Infinity }, null],
    [null, null],
  ])("validRange(%j) → %j", (r, expected) => expect(validRange(r)).toEqual(expected));
});

describe("querySpecOf", () => {
  it("is empty without filters", () => {
    expect(querySpecOf({ chips: [], timeRange: null, text: "  " })).toEqual({});
    expect(hasFilters({ chips: [], timeRange: null, text: "  " })).toBe(false);
  });

  it("turns chips, the time range and trimmed text into one spec", () => {
    const spec = querySpecOf({
      chips: [chip("principal", "alex.miller"), chip("eventName", "ListBuckets", true)],
      timeRange: { start: 5, end: 9 },
      text: " financial ",
    });
    expect(spec).toEqual({
      clauses: [
        { field: "principal", values: ["alex.miller"] },
        { field: "eventName", values: ["ListBuckets"], negate: true },
      ],
      timeRange: { start: 5, end: 9 },
      text: "financial",
    });
  });
});
