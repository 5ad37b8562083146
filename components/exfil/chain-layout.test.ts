import { describe, expect, it } from "vitest";
import { correlate } from "../../lib/detect/correlate";
import type { Finding } from "../../lib/detect/finding";
import { chainIdentities, collectionRows, laneOf, layoutChain, pickChain, type ListingEvent } from "./chain-layout";

const T = (day: number, hour: number, minute = 0) => Date.UTC(2026, 0, day, hour, minute);

function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: "f",
    rule: "iam-backdoor-user",
    title: "IAM backdoor user created",
    severity: "critical",
    mitre: [],
    principal: "alex.miller",
    start: T(8, 10, 45),
    end: T(8, 10, 46),
    rows: [],
    eventIds: [],
    summary: "",
    entities: {},
    stage: "persistence",
    ...overrides,
  };
}

/** The seed's attack as the rules report it (rows are made-up ids; 90 is the Day 9 ListBucket). */
const demo: Finding[] = [
  makeFinding({ id: "mass-11", rule: "s3-mass-download", stage: "collection", start: T(11, 1, 17), end: T(11, 4, 46), rows: [100, 101, 102, 90] }),
  makeFinding({ id: "backdoor", rows: [10, 11], entities: { users: ["svc-datasync"] } }),
  makeFinding({ id: "admin", rule: "iam-admin-policy-attached", severity: "high", stage: "privilege-escalation", start: T(8, 10, 46), end: T(8, 10, 46), rows: [11] }),
  makeFinding({ id: "mass-12", rule: "s3-mass-download", stage: "collection", start: T(12, 1, 8), end: T(12, 4, 49), rows: [200, 201, 90] }),
  makeFinding({ id: "night", rule: "off-hours-activity", severity: "medium", stage: "initial-access", start: T(10, 23, 14), end: T(10, 23, 14), rows: [95] }),
];
const listing: ListingEvent = { row: 90, time: T(9, 15, 37), eventName: "ListBucket", bucket: "faketshirtco-financial-reports" };

describe("layoutChain", () => {
  it("lays the seed's attack out in time order, with the listing as discovery", () => {
    const { steps, other } = layoutChain(demo, [listing]);
    expect(steps.map((s) => [s.label, s.start, s.end])).toEqual([
      ["Persistence", T(8, 10, 45), T(8, 10, 46)],
      ["Privilege escalation", T(8, 10, 46), T(8, 10, 46)],
      ["Discovery", T(9, 15, 37), T(9, 15, 37)],
      ["Collection & exfiltration", T(11, 1, 17), T(12, 4, 49)],
    ]);
    expect(steps[2]!.rows).toEqual([90]);
    expect(steps[2]!.listings).toEqual([listing]);
    expect(steps[3]!.rows).toEqual([100, 101, 102, 200, 201]);
    expect(steps[3]!.findings.map((f) => f.id)).toEqual(["mass-11", "mass-12"]);
    expect(other?.findings.map((f) => f.id)).toEqual(["night"]);
  });

  it("orders steps by when they start, whatever the stage", () => {
    const evasionFirst = [makeFinding({ id: "stop", rule: "cloudtrail-tampering", stage: "defense-evasion", start: T(1, 9), end: T(1, 9) }), ...demo];
    expect(layoutChain(evasionFirst, []).steps.map((s) => s.lane)).toEqual(["defense-evasion", "persistence", "privilege-escalation", "collection"]);
  });

  it("keeps discovery findings and listings in one step", () => {
    const recon = makeFinding({ id: "recon", rule: "recon-enumeration-burst", stage: "discovery", start: T(10, 9), end: T(10, 10), rows: [50, 51] });
    const step = layoutChain([recon, ...demo], [listing]).steps.find((s) => s.lane === "discovery")!;
    expect([step.start, step.end, step.rows]).toEqual([T(9, 15, 37), T(10, 10), [50, 51, 90]]);
  });

  it("has no steps for no findings", () => {
    expect(layoutChain([], [])).toEqual({ steps: [], other: null });
  });

  it.each([
    ["exfiltration", "collection"],
    ["collection", "collection"],
    ["credential-access", "other"],
    ["impact", "other"],
    ["defense-evasion", "defense-evasion"],
  ] as const)("puts %s in the %s lane", (stage, lane) => {
    expect(laneOf(stage)).toBe(lane);
  });
});

describe("chain helpers", () => {
  const chains = correlate([...demo, makeFinding({ id: "sarah", rule: "off-hours-activity", severity: "medium", stage: "initial-access", principal: "sarah.patel" }), makeFinding({ id: "svc", rule: "off-hours-activity", severity: "medium", stage: "initial-access", principal: "svc-datasync" })]);

  it("collects the collection evidence rows, ascending and unique", () => {
    expect([...collectionRows(demo)]).toEqual([90, 100, 101, 102, 200, 201]);
  });

  it("covers the chain's principals and the users it created", () => {
    expect(chainIdentities(pickChain(chains, null)!)).toEqual(["alex.miller", "svc-datasync"]);
  });

  it.each([
    ["nothing selected: the most severe chain", null, "alex.miller"],
    ["a chain's principal", "sarah.patel", "sarah.patel"],
    ["a backdoor user: its creator's chain", "svc-datasync", "alex.miller"],
    ["a principal with no findings", "nobody", null],
  ])("picks %s", (_name, selected, principal) => {
    expect(pickChain(chains, selected)?.principal ?? null).toBe(principal);
  });
});
