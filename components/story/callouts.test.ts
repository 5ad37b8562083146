import { describe, expect, it } from "vitest";
import type { EvidenceRow } from "../../lib/story/evidence";
import type { EvidencePart, ResolvedStep } from "../../lib/story/resolve";
import { barOf, calloutRows, calloutsOf, cellKey, evidenceCells, inHours } from "./callouts";

const T = Date.UTC(2026, 0, 8, 10, 45, 0);
const DAY = 86_400_000;
const HOUR = 3_600_000;

function makeRow(row: number, time: number): EvidenceRow {
  return { row, eventId: `e${row}`, time, principal: "alex.miller", eventName: "GetObject", eventSource: "s3.amazonaws.com", sourceIp: "", accessKeyId: "", userAgent: "", bucket: "", objectKey: "", targetUser: "", policyArn: "", errorCode: "" };
}

function makePart(overrides: Partial<EvidencePart> = {}): EvidencePart {
  return { label: "x", count: 1, span: { start: T, end: T + 1 }, firstRow: 0, firstEventId: "e0", problem: null, ...overrides };
}

function makeStep(parts: EvidencePart[], sample: EvidenceRow[], hours: { from: number; to: number } | null = null): ResolvedStep {
  return {
    id: "s",
    index: 0,
    step: {} as ResolvedStep["step"],
    view: { kind: "timeline", filters: { chips: [], timeRange: null, text: "" }, principal: null, bucket: null, event: null, spl: null, stackBy: null, finding: null },
    evidence: { total: sample.length, rows: sample.map((r) => r.row), eventIds: [], span: null, parts, principal: null, bucket: null, hours, facts: { count: 0, fields: {} as never, hours: [], days: [] }, sample, list: true },
    problems: [],
  };
}

describe("calloutsOf", () => {
  it("numbers the parts that found something in time order, at their first event", () => {
    const rows = [makeRow(3, T), makeRow(7, T + 60_000)];
    const step = makeStep(
      [
        makePart({ label: "AttachUserPolicy", firstRow: 7, firstEventId: "e7", span: { start: T + 60_000, end: T + 60_001 } }),
        makePart({ label: "nothing", count: 0, firstRow: null, firstEventId: "", span: null, problem: "none" }),
        makePart({ label: "CreateUser", firstRow: 3, firstEventId: "e3" }),
      ],
      rows,
    );
    const callouts = calloutsOf(step);
    expect(callouts.map((c) => [c.n, c.label, c.time, c.eventId])).toEqual([
      [1, "CreateUser", T, "e3"],
      [2, "AttachUserPolicy", T + 60_000, "e7"],
    ]);
    expect([...calloutRows(callouts)]).toEqual([
      [3, 1],
      [7, 2],
    ]);
  });
});

describe("barOf", () => {
  it.each([
    [T, T, HOUR, 24, T],
    [T + HOUR + 5, T, HOUR, 24, T + HOUR],
    [T - 1, T, HOUR, 24, null],
    [T + 24 * HOUR, T, HOUR, 24, null],
    [T, T, 0, 24, null],
  ])("time %d on bars from %d of %d ms (%d bars) → %s", (time, first, span, buckets, expected) => {
    expect(barOf(time, first, span, buckets)).toBe(expected);
  });
});

describe("evidenceCells", () => {
  const day = Date.UTC(2026, 0, 11);
  it("gives the day × hour cells of the rows, within the hours band", () => {
    const rows = [makeRow(1, day + HOUR + 5), makeRow(2, day + 4 * HOUR), makeRow(3, day + DAY + 2 * HOUR), makeRow(4, day + 14 * HOUR)];
    expect([...evidenceCells(makeStep([], rows, { from: 1, to: 5 }))]).toEqual([cellKey(day, 1), cellKey(day, 4), cellKey(day + DAY, 2)]);
    expect(evidenceCells(makeStep([], rows)).has(cellKey(day, 14))).toBe(true);
  });

  it.each([
    [3, { from: 1, to: 5 }, true],
    [5, { from: 1, to: 5 }, false],
    [23, { from: 22, to: 6 }, true],
    [2, { from: 22, to: 6 }, true],
    [12, { from: 22, to: 6 }, false],
  ])("hour %d in %o: %s", (hour, h, expected) => {
    expect(inHours(hour, h)).toBe(expected);
  });
});
