import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoTime, parseIsoTime, utcHour } from "./time";

describe("parseIsoTime", () => {
  it.each([
    ["2026-01-12T03:15:00Z", Date.UTC(2026, 0, 12, 3, 15, 0)],
    ["2013-11-01T00:00:00Z", Date.UTC(2013, 10, 1)],
    ["2025-01-15T08:07:37.131Z", Date.UTC(2025, 0, 15, 8, 7, 37, 131)],
    ["2025-01-15T08:07:37.131096486Z", Date.UTC(2025, 0, 15, 8, 7, 37, 131)],
    ["2025-01-15T08:07:37.5Z", Date.UTC(2025, 0, 15, 8, 7, 37, 500)],
    ["2024-02-29T23:59:59Z", Date.UTC(2024, 1, 29, 23, 59, 59)],
    ["2026-01-12T05:15:00+02:00", Date.UTC(2026, 0, 12, 3, 15, 0)],
    ["2026-01-12T01:15:00-0200", Date.UTC(2026, 0, 12, 3, 15, 0)],
    ["0001-01-01T00:00:00Z", Date.parse("0001-01-01T00:00:00Z")],
  ])("parses %s", (text, expected) => {
    expect(parseIsoTime(text)).toBe(expected);
  });

  it.each([
    "ThisIsAWrongEventTime",
    "",
    "2026-01-12",
    "2026-01-12T03:15:00",
    "2026-01-12 03:15:00Z",
    "2026-13-01T00:00:00Z",
    "2026-02-29T00:00:00Z",
    "2026-04-31T00:00:00Z",
    "2026-01-00T00:00:00Z",
    "2026-01-12T24:00:00Z",
    "2026-01-12T03:60:00Z",
    "2026-01-12T03:15:60Z",
    "2026-01-12T03:15:00.Z",
    "2026-01-12T03:15:00ZZ",
    "2026-01-12T03:15:00+2:00",
    "2026-01-12T03:15:00+24:00",
    "20131102T010628Z",
    "2026-01-12T03:15:00.1234567890Z",
    "1.6e12",
  ])("rejects %j", (text) => {
    expect(parseIsoTime(text)).toBeNaN();
    expect(isIsoTime(text)).toBe(false);
  });

  it("agrees with Date.parse on random valid UTC times", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const text = new Date(ms).toISOString();
        expect(parseIsoTime(text)).toBe(ms);
        expect(parseIsoTime(text.replace(/\.\d+Z$/, "Z"))).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });
});

describe("utcHour", () => {
  it.each([
    [Date.UTC(2026, 0, 12, 3, 15), 3],
    [Date.UTC(2026, 0, 12, 0, 0), 0],
    [Date.UTC(2026, 0, 12, 23, 59, 59, 999), 23],
    [Date.UTC(1969, 11, 31, 22, 30), 22],
  ])("of %d is %d", (ms, hour) => {
    expect(utcHour(ms)).toBe(hour);
  });
});
