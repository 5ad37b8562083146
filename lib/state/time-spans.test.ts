import { describe, expect, it } from "vitest";
import { autoSpan, effectiveSpan, MAX_BUCKETS, parseSpan, SPAN_CHOICES, TARGET_BUCKETS } from "./time-spans";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("autoSpan", () => {
  it.each([
    [10 * 60_000, "1m"],
    [2 * HOUR, "1m"],
    [DAY, "5m"],
    [14 * DAY, "1h"],
    [90 * DAY, "6h"],
    [365 * DAY, "1d"],
    [13 * 365 * DAY, "30d"],
    [0, "1m"],
  ])("a range of %d ms gets %s", (range, id) => expect(autoSpan(range).id).toBe(id));

  it("never exceeds the target bar count when a span fits", () => {
    for (const range of [HOUR, DAY, 7 * DAY, 30 * DAY, 400 * DAY]) {
      const span = autoSpan(range);
      expect(Math.ceil(range / span.ms) + 1).toBeLessThanOrEqual(TARGET_BUCKETS);
    }
  });
});

describe("effectiveSpan", () => {
  it("keeps a manual span that fits", () => {
    expect(effectiveSpan("1m", DAY)).toEqual({ span: SPAN_CHOICES[0], coarsened: false });
  });

  it("coarsens a manual span that would draw too many bars", () => {
    const { span, coarsened } = effectiveSpan("1m", 14 * DAY);
    expect(coarsened).toBe(true);
    expect(Math.ceil((14 * DAY) / span.ms) + 1).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(span.id).toBe("15m");
  });

  it("uses the automatic span for auto", () => {
    expect(effectiveSpan("auto", 14 * DAY).span.id).toBe("1h");
  });
});

describe("parseSpan", () => {
  it.each([
    ["auto", "auto"],
    ["1h", "1h"],
    ["1d", "1d"],
    ["2h", null],
    ["", null],
    [null, null],
    ["__proto__", null],
    ["constructor", null],
  ])("%s → %s", (text, expected) => expect(parseSpan(text)).toBe(expected));
});
