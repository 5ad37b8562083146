import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, formatDuration, formatUtc, perSecond } from "./format";

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [1234567, "1,234,567"],
    [-4200, "-4,200"],
    [12.6, "13"],
    [Number.NaN, "–"],
  ])("%s → %s", (n, text) => expect(formatCount(n)).toBe(text));
});

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1536, "1.5 KB"],
    [5 * 1024 * 1024, "5.0 MB"],
    [3.25 * 1024 ** 3, "3.3 GB"],
    [-1, "–"],
  ])("%s → %s", (n, text) => expect(formatBytes(n)).toBe(text));
});

describe("formatUtc", () => {
  it.each([
    [Date.UTC(2026, 0, 12, 3, 15, 0), "2026-01-12 03:15:00"],
    [Date.UTC(2026, 0, 1, 0, 0, 0, 999), "2026-01-01 00:00:00"],
    [Number.NaN, "–"],
  ])("%s → %s", (ms, text) => expect(formatUtc(ms)).toBe(text));
});

describe("formatDuration", () => {
  it.each([
    [0, "0 ms"],
    [850.4, "850 ms"],
    [12_340, "12.3 s"],
    [245_000, "4 min 05 s"],
    [-5, "–"],
  ])("%s → %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe("perSecond", () => {
  it.each([
    [1000, 500, 2000],
    [10, 0, 0],
    [0, 100, 0],
  ])("%s over %s ms → %s/s", (amount, ms, rate) => expect(perSecond(amount, ms)).toBe(rate));
});
