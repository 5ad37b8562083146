import { describe, expect, it } from "vitest";
import type { Finding } from "../../lib/detect/finding";
import { MAX_MARKERS, markerSpans, type BucketAxis } from "./marker-spans";

const H = 3_600_000;
const T0 = Date.UTC(2026, 0, 1);

function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: "f1",
    rule: "iam-backdoor-user",
    title: "IAM backdoor user created",
    severity: "critical",
    mitre: [],
    principal: "alex.miller",
    start: T0 + 10 * H + 60_000,
    end: T0 + 10 * H + 120_000,
    rows: [],
    eventIds: [],
    summary: "",
    entities: {},
    stage: "persistence",
    ...overrides,
  };
}

const hourly: BucketAxis = { kind: "buckets", first: T0, spanMs: H, buckets: 48 };

describe("markerSpans on the timeline's bucket axis", () => {
  it.each([
    ["inside one bucket", makeFinding(), { x1: T0 + 10 * H, x2: T0 + 10 * H }],
    ["across buckets", makeFinding({ start: T0 + 25 * H + 5, end: T0 + 28 * H + 5 }), { x1: T0 + 25 * H, x2: T0 + 28 * H }],
    ["starting before the axis", makeFinding({ start: T0 - 5 * H, end: T0 + H }), { x1: T0, x2: T0 + H }],
    ["ending after the axis", makeFinding({ start: T0 + 47 * H, end: T0 + 60 * H }), { x1: T0 + 47 * H, x2: T0 + 47 * H }],
  ])("snaps a finding %s to bucket starts", (_name, f, at) => {
    expect(markerSpans([f], hourly)).toEqual([{ id: "f1", severity: "critical", title: "IAM backdoor user created", count: 1, ...at }]);
  });

  it.each([
    ["before the axis", makeFinding({ start: T0 - 5 * H, end: T0 - H })],
    ["after the axis", makeFinding({ start: T0 + 48 * H, end: T0 + 50 * H })],
    ["of a severity not drawn", makeFinding({ severity: "medium" })],
  ])("leaves out a finding %s", (_name, f) => {
    expect(markerSpans([f], hourly)).toEqual([]);
  });

  it("draws one marker per place, for its most severe finding, most severe first", () => {
    const spans = markerSpans(
      [makeFinding({ id: "h", severity: "high", title: "Administrator policy granted" }), makeFinding({ id: "c" }), makeFinding({ id: "later", start: T0 + 30 * H, end: T0 + 30 * H, severity: "high" })],
      hourly,
    );
    expect(spans.map((s) => [s.id, s.count])).toEqual([["c", 2], ["later", 1]]);
  });

  it("keeps at most MAX_MARKERS places", () => {
    const many = Array.from({ length: MAX_MARKERS + 10 }, (_, i) => makeFinding({ id: `f${i}`, start: T0 + i * 60_000, end: T0 + i * 60_000 }));
    expect(markerSpans(many, { kind: "buckets", first: T0, spanMs: 60_000, buckets: 100 })).toHaveLength(MAX_MARKERS);
  });

  it("draws nothing on an empty axis", () => {
    expect(markerSpans([makeFinding()], { ...hourly, buckets: 0 })).toEqual([]);
  });
});

describe("markerSpans on a numeric time axis", () => {
  it("clips spans to the axis and honours the severities asked for", () => {
    const axis = { kind: "number", start: T0, end: T0 + 24 * H } as const;
    const f = makeFinding({ severity: "medium", start: T0 - H, end: T0 + H });
    expect(markerSpans([f], axis, ["medium"])).toEqual([{ id: "f1", severity: "medium", title: "IAM backdoor user created", count: 1, x1: T0, x2: T0 + H }]);
  });
});
