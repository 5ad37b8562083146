import { describe, expect, it } from "vitest";
import { rangeText, readRange } from "./time-range";

const T0 = Date.UTC(2026, 0, 12, 1);
const T1 = Date.UTC(2026, 0, 12, 5);

describe("readRange", () => {
  it("reads a typed UTC range", () => {
    expect(readRange("2026-01-12 01:00", "2026-01-12T05:00:00Z", "utc")).toEqual({ range: { start: T0, end: T1 } });
  });

  it.each([
    ["soon", "2026-01-12", /^From/],
    ["2026-01-12", "later", /^To is not/],
    ["2026-01-12 05:00", "2026-01-12 01:00", /after/],
    ["2026-01-12 05:00", "2026-01-12 05:00", /after/],
  ])("%s → %s is refused", (from, to, message) => {
    const read = readRange(from, to, "utc");
    expect("error" in read && read.error).toMatch(message);
  });
});

describe("rangeText", () => {
  it("names the zone", () => {
    expect(rangeText({ start: T0, end: T1 }, "utc")).toBe("2026-01-12 01:00:00 → 2026-01-12 05:00:00 UTC");
  });
});
