import { describe, expect, it } from "vitest";
import { bucketAlignMs, formatTick, formatTime, isoUtc, parseTimeInput, parseTimeZone, type OffsetFn } from "./time-format";

const T = Date.UTC(2026, 0, 12, 3, 15, 7);
/** UTC+2 (getTimezoneOffset is negative east of Greenwich). */
const plus2: OffsetFn = () => -120;
/** UTC-5. */
const minus5: OffsetFn = () => 300;

describe("formatTime", () => {
  it.each([
    ["utc", plus2, "2026-01-12 03:15:07"],
    ["local", plus2, "2026-01-12 05:15:07"],
    ["local", minus5, "2026-01-11 22:15:07"],
  ] as const)("%s with a fixed offset", (tz, offset, text) => expect(formatTime(T, tz, offset)).toBe(text));

  it.each([Number.NaN, Infinity, 9e15])("%s is not a time", (ms) => expect(formatTime(ms, "utc")).toBe("–"));
});

describe("bucketAlignMs", () => {
  it.each([
    ["utc", plus2, 0],
    ["local", plus2, -2 * 3_600_000],
    ["local", minus5, 5 * 3_600_000],
  ] as const)("%s with a fixed offset", (tz, offset, ms) => expect(bucketAlignMs(tz, T, offset)).toBe(ms));

  it("puts a local day bucket's start on local midnight", () => {
    const align = bucketAlignMs("local", T, plus2);
    const dayStart = Math.floor((T - align) / 86_400_000) * 86_400_000 + align;
    expect(formatTime(dayStart, "local", plus2)).toBe("2026-01-12 00:00:00");
  });
});

describe("formatTick", () => {
  it("shows the date only for day buckets", () => {
    expect(formatTick(T, 86_400_000, "utc")).toBe("2026-01-12");
    expect(formatTick(T, 3_600_000, "utc")).toBe("01-12 03:15");
    expect(formatTick(T, 3_600_000, "local", minus5)).toBe("01-11 22:15");
  });
});

describe("isoUtc", () => {
  it("drops zero milliseconds", () => {
    expect(isoUtc(T)).toBe("2026-01-12T03:15:07Z");
    expect(isoUtc(T + 5)).toBe("2026-01-12T03:15:07.005Z");
  });
});

describe("parseTimeInput", () => {
  it.each([
    ["2026-01-12", "utc", Date.UTC(2026, 0, 12)],
    ["2026-01-12 03:15", "utc", Date.UTC(2026, 0, 12, 3, 15)],
    ["2026-01-12 03:15:07", "utc", T],
    ["2026-01-12T03:15:07Z", "local", T],
    ["2026-01-12T03:15:07.250Z", "utc", T + 250],
    ["2026-01-12T05:15:07+02:00", "utc", T],
    ["2026-01-11T22:15:07-0500", "utc", T],
    ["2026-01-12 05:15:07", "local", T],
    [String(T), "utc", T],
    ["  2026-01-12 03:15:07  ", "utc", T],
  ] as const)("%s (%s)", (text, tz, ms) => expect(parseTimeInput(text, tz, plus2)).toBe(ms));

  it.each(["", "yesterday", "2026-02-31", "2026-13-01", "2026-01-12 24:00", "2026-01-12 10:61", "12/01/2026", "1e12", "<script>"])(
    "rejects %j",
    (text) => expect(parseTimeInput(text, "utc")).toBeNull(),
  );

  it("round-trips formatTime in both zones", () => {
    for (const tz of ["utc", "local"] as const) expect(parseTimeInput(formatTime(T, tz, minus5), tz, minus5)).toBe(T);
  });
});

describe("parseTimeZone", () => {
  it.each([
    ["local", "local"],
    ["utc", "utc"],
    ["LOCAL", "utc"],
    [null, "utc"],
    ["__proto__", "utc"],
  ] as const)("%s → %s", (v, tz) => expect(parseTimeZone(v)).toBe(tz));
});
