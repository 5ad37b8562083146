import { describe, expect, it } from "vitest";
import { DEMO_SIZE_PRESETS, demoLabel, demoOptions, parseSeed } from "./demo-options";

describe("parseSeed", () => {
  it.each([
    ["42", 42],
    [" 7 ", 7],
    ["0", 0],
    ["4294967295", 4294967295],
    ["4294967296", null],
    ["-1", null],
    ["1.5", null],
    ["", null],
    ["abc", null],
    ["12345678901", null],
  ])("%j → %s", (text, seed) => expect(parseSeed(text)).toBe(seed));
});

describe("demoOptions", () => {
  it("leaves the size to the seed's defaults when no total is chosen", () => {
    expect(demoOptions(42, 0)).toEqual({ seed: 42 });
  });
  it("passes a total event count for scale runs", () => {
    expect(demoOptions(7, 1_000_000)).toEqual({ seed: 7, events: 1_000_000 });
  });
});

describe("demoLabel", () => {
  it.each([
    [42, 0, "FakeTShirtCo demo"],
    [7, 0, "FakeTShirtCo demo (seed 7)"],
    [42, 100_000, "FakeTShirtCo demo (100,000 events)"],
    [9, 2_000_000, "FakeTShirtCo demo (seed 9, 2,000,000 events)"],
  ])("seed %s, %s events → %s", (seed, events, label) => expect(demoLabel(seed, events)).toBe(label));
});

describe("DEMO_SIZE_PRESETS", () => {
  it("starts with the seed's own volume and reaches millions", () => {
    expect(DEMO_SIZE_PRESETS[0]?.events).toBe(0);
    expect(Math.max(...DEMO_SIZE_PRESETS.map((p) => p.events))).toBeGreaterThanOrEqual(1_000_000);
  });
});
