import { describe, expect, it } from "vitest";
import type { Finding } from "../detect/finding";
import {
  DEFAULT_FINDINGS_VIEW,
  findingOptions,
  readFindingsView,
  visibleFindings,
  writeFindingsView,
  type FindingsView,
} from "./findings-slice";
import { createAppStore } from "./store";
import { parseUrlState } from "./url-state";

const T = (day: number, hour = 0) => Date.UTC(2026, 0, day, hour);

function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: "iam-backdoor-user:e1",
    rule: "iam-backdoor-user",
    title: "IAM backdoor user created",
    severity: "critical",
    mitre: ["T1136.003"],
    principal: "alex.miller",
    start: T(8, 10),
    end: T(8, 10) + 60_000,
    rows: [1, 2],
    eventIds: ["e1", "e2"],
    summary: "alex.miller created user svc-datasync",
    entities: { users: ["svc-datasync"] },
    stage: "persistence",
    ...overrides,
  };
}

const findings: Finding[] = [
  makeFinding({ id: "a", severity: "medium", rule: "off-hours-activity", title: "Activity at unusual hours", start: T(11, 1), principal: "alex.miller" }),
  makeFinding({ id: "b", severity: "critical", rule: "s3-mass-download", title: "Mass download from an S3 bucket", start: T(12, 1) }),
  makeFinding({ id: "c", severity: "critical", start: T(8, 10) }),
  makeFinding({ id: "d", severity: "high", rule: "iam-admin-policy-attached", title: "Administrator policy granted", start: T(8, 10), end: T(8, 11) }),
  makeFinding({ id: "e", severity: "medium", rule: "off-hours-activity", title: "Activity at unusual hours", start: T(8, 22), principal: "sarah.patel" }),
];

const view = (over: Partial<FindingsView> = {}): FindingsView => ({ ...DEFAULT_FINDINGS_VIEW, ...over });
const ids = (v: FindingsView) => visibleFindings(findings, v).map((f) => f.id);

describe("visibleFindings", () => {
  it.each([
    ["most severe first, then earliest", view(), ["c", "b", "d", "e", "a"]],
    ["least severe first", view({ sort: { field: "severity", desc: false } }), ["e", "a", "d", "c", "b"]],
    ["earliest first, most severe first on ties", view({ sort: { field: "time", desc: false } }), ["c", "d", "e", "a", "b"]],
    ["newest first (the later end first on equal starts)", view({ sort: { field: "time", desc: true } }), ["b", "a", "e", "d", "c"]],
    ["one severity", view({ severities: ["critical"] }), ["c", "b"]],
    ["two severities", view({ severities: ["critical", "medium"] }), ["c", "b", "e", "a"]],
    ["one rule", view({ rule: "off-hours-activity" }), ["e", "a"]],
    ["one principal", view({ principal: "sarah.patel" }), ["e"]],
    ["filters ANDed", view({ rule: "off-hours-activity", principal: "alex.miller" }), ["a"]],
    ["nothing matches", view({ rule: "root-account-usage" }), []],
  ])("%s", (_name, v, expected) => {
    expect(ids(v)).toEqual(expected);
  });

  it("does not reorder its input", () => {
    const before = findings.map((f) => f.id);
    visibleFindings(findings, view({ sort: { field: "time", desc: true } }));
    expect(findings.map((f) => f.id)).toEqual(before);
  });
});

describe("findingOptions", () => {
  it("counts every severity, rule and principal present", () => {
    const o = findingOptions(findings);
    expect(o.severities).toEqual([
      { severity: "critical", count: 2 },
      { severity: "high", count: 1 },
      { severity: "medium", count: 2 },
      { severity: "low", count: 0 },
      { severity: "info", count: 0 },
    ]);
    expect(o.rules.map((r) => [r.title, r.count])).toEqual([
      ["Activity at unusual hours", 2],
      ["Administrator policy granted", 1],
      ["IAM backdoor user created", 1],
      ["Mass download from an S3 bucket", 1],
    ]);
    expect(o.principals).toEqual([
      { principal: "alex.miller", count: 4 },
      { principal: "sarah.patel", count: 1 },
    ]);
  });

  it("keeps hostile principal names as plain values", () => {
    const o = findingOptions([makeFinding({ principal: "__proto__" }), makeFinding({ principal: "constructor" })]);
    expect(o.principals.map((p) => p.principal)).toEqual(["__proto__", "constructor"]);
  });
});

describe("findings view in the URL", () => {
  it("writes nothing for the default view", () => {
    expect(writeFindingsView(DEFAULT_FINDINGS_VIEW)).toEqual([]);
  });

  it.each([
    view({ selected: "iam-backdoor-user:7f2c" }),
    view({ severities: ["critical", "high"], rule: "s3-mass-download" }),
    view({ principal: "alex.miller", sort: { field: "time", desc: false } }),
    view({ sort: { field: "severity", desc: false }, principal: "a&b=c d" }),
  ])("round-trips %j", (v) => {
    expect(readFindingsView(new URLSearchParams(writeFindingsView(v)))).toEqual(v);
  });

  it.each([
    ["an unknown order", "order=eventName", DEFAULT_FINDINGS_VIEW],
    ["unknown severities", "severity=critical,nope,__proto__", view({ severities: ["critical"] })],
    ["severities out of order", "severity=low,critical", view({ severities: ["critical", "low"] })],
    ["a rule id that is not one", "rule=%3Cscript%3E", DEFAULT_FINDINGS_VIEW],
    ["an oversized principal", `actor=${"x".repeat(2000)}`, DEFAULT_FINDINGS_VIEW],
    ["an empty finding", "finding=", DEFAULT_FINDINGS_VIEW],
  ])("ignores %s", (_name, query, expected) => {
    expect(readFindingsView(new URLSearchParams(query))).toEqual(expected);
  });
});

describe("findings slice", () => {
  it("toggles severities in severity order and clears filters but not the sort or the opened finding", () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().toggleFindingsSeverity("medium");
    s().toggleFindingsSeverity("critical");
    expect(s().findingsView.severities).toEqual(["critical", "medium"]);
    s().toggleFindingsSeverity("medium");
    expect(s().findingsView.severities).toEqual(["critical"]);
    s().setFindingsRule("s3-mass-download");
    s().setFindingsPrincipal("alex.miller");
    s().setFindingsSort({ field: "time", desc: true });
    s().selectFinding("b");
    s().clearFindingsFilters();
    expect(s().findingsView).toEqual({ sort: { field: "time", desc: true }, severities: [], rule: "", principal: "", selected: "b" });
  });
});

describe("findings and exfil routes in the app's URL state", () => {
  it("reads the findings view on /findings only, and the principal on /exfil as on /users", () => {
    expect(parseUrlState("finding=b&severity=high&actor=alex.miller", "/findings").findingsView).toEqual(view({ selected: "b", severities: ["high"], principal: "alex.miller" }));
    expect(parseUrlState("finding=b", "/timeline").findingsView).toBeUndefined();
    expect(parseUrlState("principal=alex.miller", "/exfil").selectedPrincipal).toBe("alex.miller");
    expect(parseUrlState("principal=alex.miller", "/users").selectedPrincipal).toBe("alex.miller");
    expect(parseUrlState("principal=alex.miller", "/findings").selectedPrincipal).toBeUndefined();
  });
});
