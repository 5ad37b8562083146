import { describe, expect, it } from "vitest";
import { findingSchema, type Finding } from "./finding";
import { makeFinding } from "./evidence";
import type { Rule } from "./rule";
import { RULES, ruleById } from "./registry";
import { correlate, runDetections } from "./run";
import { contextOf } from "./testing/harness";
import { after, call, user } from "./testing/records";
import { techniques } from "./mitre";

const T = "2026-01-08T10:00:00Z";
const records = [0, 1, 2, 3].map((m) => call("iam", "ListUsers", user(`u${m}`), null, { eventTime: after(T, m) }));

/** A rule reporting one finding per row with the given severities. */
function fake(id: string, severities: Finding["severity"][], stage: Finding["stage"] = "discovery"): Rule {
  const r: Rule = {
    id,
    title: id,
    severity: "high",
    stage,
    mitre: techniques("T1526"),
    fields: [],
    source: "test",
    explain: "{p}",
    run: (ctx) => severities.map((s, row) => makeFinding(ctx.table, r, { principal: `u${row}`, rows: [row], severity: s, summary: `${id} ${row}` })),
  };
  return r;
}

describe("runDetections", () => {
  it("sorts by severity, then time, and keeps every finding valid against the schema", async () => {
    const found = await runDetections(contextOf(records), { rules: [fake("a", ["low", "critical", "medium", "critical"]), fake("b", ["high"])] });
    expect(found.map((f) => `${f.severity}:${f.summary}`)).toEqual(["critical:a 1", "critical:a 3", "high:b 0", "medium:a 2", "low:a 0"]);
    for (const f of found) expect(findingSchema.parse(f)).toEqual(f);
  });

  it("makes ids unique when two findings share their first event", async () => {
    const found = await runDetections(contextOf(records), { rules: [fake("a", ["high"]), fake("a", ["high"])] });
    expect(new Set(found.map((f) => f.id)).size).toBe(2);
  });

  it("reports progress after each rule and lets queued work (a query) run between rules", async () => {
    const progress: string[] = [];
    let queryServed = false;
    let servedBeforeSecondRule = false;
    const first: Rule = { ...fake("first", []), run: () => [] };
    const second: Rule = { ...fake("second", []), run: () => ((servedBeforeSecondRule = queryServed), []) };
    // A message that arrives while the first rule runs; without a yield the second rule would run before it.
    setImmediate(() => (queryServed = true));
    await runDetections(contextOf(records), { rules: [first, second], onProgress: (d, n) => progress.push(`${d}/${n}`) });
    expect(progress).toEqual(["1/2", "2/2"]);
    expect(servedBeforeSecondRule).toBe(true);
  });

  it("stops with an AbortError when cancelled", async () => {
    const ac = new AbortController();
    const first: Rule = { ...fake("first", ["high"]), run: (ctx) => (ac.abort(), fake("first", ["high"]).run(ctx)) };
    await expect(runDetections(contextOf(records), { rules: [first, fake("second", ["high"])], signal: ac.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("runs the registered rules on an empty table without findings", async () => {
    expect(await runDetections(contextOf([]))).toEqual([]);
  });
});

describe("the registry", () => {
  it("lists each rule once, under the id of its module, with its metadata filled in", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(ruleById(r.id)).toBe(r);
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.mitre.length).toBeGreaterThan(0);
      expect(r.fields.length).toBeGreaterThan(0);
      expect(r.source.length).toBeGreaterThan(5);
      expect(r.explain).toMatch(/\{\w+\}/);
    }
  });
});

describe("correlate", () => {
  const f = (principal: string, severity: Finding["severity"], stage: Finding["stage"], start: number, users?: string[]): Finding => ({
    id: `${principal}-${start}`,
    rule: "r",
    title: "t",
    severity,
    mitre: [],
    principal,
    start,
    end: start,
    rows: [],
    eventIds: [],
    summary: "",
    entities: users ? { users } : {},
    stage,
  });

  it("groups by principal, most severe chain first, stages in time order", () => {
    const chains = correlate([f("bob", "high", "discovery", 5), f("alex", "medium", "collection", 30), f("alex", "critical", "persistence", 10), f("bob", "high", "impact", 1)]);
    expect(chains.map((c) => [c.principal, c.severity, c.stages])).toEqual([
      ["alex", "critical", ["persistence", "collection"]],
      ["bob", "high", ["impact", "discovery"]],
    ]);
  });

  it("puts a backdoor identity's findings in its creator's chain", () => {
    const chains = correlate([f("alex", "critical", "persistence", 1, ["svc"]), f("svc", "high", "collection", 9), f("eve", "high", "discovery", 2)]);
    expect(chains[0]).toMatchObject({ principal: "alex", principals: ["alex", "svc"], stages: ["persistence", "collection"] });
    expect(chains).toHaveLength(2);
  });
});
