import { beforeAll, describe, expect, it } from "vitest";
import { correlate } from "../detect/correlate";
import type { Finding } from "../detect/finding";
import { storyFromFindings } from "./from-findings";
import { parseMarkdown, type MdBlock, type MdInline } from "./markdown";
import { plainText } from "./markdown-out";
import { narrate } from "./narrate";
import { resolveStory, type ResolvedStory } from "./resolve";
import { parseStory, type Story } from "./schema";
import { demo, findingsOf, stratus, type Loaded } from "./testing/data";

/** A finding with realistic defaults (alex.miller's backdoor on Day 8). */
function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: "iam-backdoor-user:e1",
    rule: "iam-backdoor-user",
    title: "IAM backdoor user created",
    severity: "critical",
    mitre: ["T1136.003"],
    principal: "alex.miller",
    start: Date.UTC(2026, 0, 8, 10, 45),
    end: Date.UTC(2026, 0, 8, 10, 46),
    rows: [1, 2],
    eventIds: ["e1", "e2"],
    summary: "alex.miller created user svc-datasync and attached AdministratorAccess to it 1 minute later",
    entities: { principals: ["alex.miller"], users: ["svc-datasync"] },
    stage: "persistence",
    ...overrides,
  };
}

function hasLink(blocks: readonly MdBlock[]): boolean {
  const inl = (n: MdInline): boolean => n.type === "link" || ((n.type === "strong" || n.type === "em") && n.children.some(inl));
  return blocks.some((b) => (b.type === "paragraph" ? b.children.some(inl) : b.type === "quote" ? hasLink(b.children) : b.items.flat().some(inl)));
}

/** The story survives export and import, and every step's evidence is found on the data it came from. */
async function checkValid(story: Story, loaded: Loaded): Promise<ResolvedStory> {
  expect(parseStory(JSON.stringify(story))).toEqual({ ok: true, story });
  const resolved = await resolveStory(story, loaded);
  expect(resolved.steps.filter((s) => s.problems.length).map((s) => [s.id, s.problems])).toEqual([]);
  return resolved;
}

describe.each([
  ["the generated demo", () => demo()],
  ["the Stratus Red Team folder", () => stratus()],
])("a story from the findings of %s", (_, load) => {
  let loaded: Loaded;
  let findings: Finding[];
  let story: Story;
  beforeAll(async () => {
    loaded = await load();
    findings = await findingsOf(loaded);
    story = storyFromFindings(findings);
  });

  it("is valid, and resolves on that data without problems", async () => {
    const resolved = await checkValid(story, loaded);
    // Each finding step highlights exactly the finding's events.
    const finding = new Map(findings.map((f) => [f.eventIds.join(","), f]));
    for (const s of resolved.steps.slice(1)) expect(finding.has(s.step.evidence.eventIds.join(",")), s.id).toBe(true);
  });

  it("has an overview, then one step per finding, chain by chain, each chain in time order", () => {
    const chains = correlate(findings.filter((f) => f.severity !== "info"));
    expect(story.steps[0]).toMatchObject({ id: "overview", view: { kind: "findings" } });
    expect(plainText(story.steps[0].talkingPoint)).toContain(`Trailscope found ${chains.reduce((n, c) => n + c.findings.length, 0)} findings`);
    const expected = chains.flatMap((c) => c.findings.map((f) => f.eventIds.join(",")));
    expect(story.steps.slice(1).map((s) => s.evidence.eventIds.join(","))).toEqual(expected);
  });

  it("speaks in plain sentences naming the principal and the time", () => {
    for (const s of story.steps.slice(1)) {
      const text = plainText(s.talkingPoint);
      expect(text, s.id).toMatch(/^(On \w{3} \d{4}-\d\d-\d\d( at \d\d:\d\d UTC)?, |Then|Meanwhile|\S)/);
      expect(text, s.id).toMatch(/\d\d:\d\d|\d{4}-\d\d-\d\d/);
      expect(s.evidence.principal === undefined || text.includes(s.evidence.principal), s.id).toBe(true);
      expect(s.notes).toMatch(/^Rule: /);
    }
  });
});

describe("talking points", () => {
  it("tells the demo's backdoor, then the admin grant, in the issue's style", async () => {
    const story = storyFromFindings(await findingsOf(await demo()));
    expect(plainText(story.steps[1].talkingPoint)).toBe(
      "On Thu 2026-01-08 at 10:45 UTC, alex.miller created user svc-datasync and attached AdministratorAccess to it 1 minute later.\n\nIAM backdoor user created — critical, 2 events",
    );
    expect(plainText(story.steps[2].talkingPoint)).toMatch(/^Then at 10:46 UTC, alex\.miller gave user svc-datasync administrator rights \(AdministratorAccess\)\./);
    expect(story.steps[1].view).toEqual({ kind: "timeline", stackBy: "eventName" });
    expect(story.steps[1].filters.chips).toEqual([{ field: "principal", value: "alex.miller", negate: false }]);
    expect(story.steps.find((s) => s.id === "s3-mass-download-1")?.view).toEqual({ kind: "exfil", principal: "alex.miller" });
    expect(story.steps.find((s) => s.id === "off-hours-activity-1")?.view).toEqual({ kind: "user", principal: "alex.miller" });
  });

  it.each<[string, Finding, Finding | null, string]>([
    ["a first finding", makeFinding(), null, "On Thu 2026-01-08 at 10:45 UTC, alex.miller created user"],
    ["a summary that has its own date", makeFinding({ summary: "x retrieved 20 secrets on Wed 2024-07-31 between 12:29 and 12:36 UTC", principal: "x" }), null, "x retrieved 20 secrets on Wed 2024-07-31 between 12:29 and 12:36 UTC."],
    ["a finding in the same second", makeFinding({ start: Date.UTC(2026, 0, 8, 10, 46) }), makeFinding({ start: Date.UTC(2026, 0, 8, 10, 46), end: Date.UTC(2026, 0, 8, 10, 46) }), "Then, in the same second at 10:46 UTC,"],
    ["minutes later", makeFinding({ start: Date.UTC(2026, 0, 8, 11, 0) }), makeFinding(), "Then, 14 minutes later at 11:00 UTC,"],
    ["the next day", makeFinding({ start: Date.UTC(2026, 0, 9, 9, 0) }), makeFinding(), "Then, the next day at 09:00 UTC,"],
    ["days later", makeFinding({ start: Date.UTC(2026, 0, 12, 9, 0) }), makeFinding(), "Then, 4 days later at 09:00 UTC,"],
    ["an overlap", makeFinding({ start: Date.UTC(2026, 0, 8, 10, 45, 30) }), makeFinding(), "Meanwhile at 10:45 UTC,"],
  ])("%s", (_, f, prev, start) => {
    expect(plainText(narrate(f, prev)).startsWith(start)).toBe(true);
  });

  it("keeps hostile values from the logs as text", () => {
    const evil = '**[x](javascript:alert(1))**<img src=x onerror=alert(1)>';
    const story = storyFromFindings([makeFinding({ principal: evil, summary: `${evil} created user \`y\` [z](https://e.example)`, entities: { principals: [evil], buckets: ["<b>bucket</b>"] } })]);
    for (const s of story.steps) {
      expect(hasLink(parseMarkdown(s.talkingPoint)), s.id).toBe(false);
      expect(plainText(s.talkingPoint)).toContain(evil);
    }
    expect(story.steps[1].view).toEqual({ kind: "bucket", bucket: "<b>bucket</b>" });
  });

  it("clips values too long for a story and still validates", () => {
    const huge = "a".repeat(50_000);
    const story = storyFromFindings([makeFinding({ principal: huge, summary: huge, eventIds: ["e1", "x".repeat(2000)], entities: { ips: Array.from({ length: 500 }, (_, i) => `10.0.0.${i}`) } })]);
    expect(story.steps[1].evidence.eventIds).toEqual(["e1"]);
    expect(story.steps[1].title.length).toBeLessThanOrEqual(200);
    expect(story.steps[1].notes).toContain("and 490 more");
  });
});

describe("options", () => {
  const findings = [
    makeFinding({ id: "a", eventIds: ["a"], severity: "medium", rule: "off-hours-activity", title: "Off hours", start: Date.UTC(2026, 0, 8, 1), end: Date.UTC(2026, 0, 8, 2) }),
    makeFinding({ id: "b", eventIds: ["b"], principal: "mike.chen", summary: "mike.chen did b", start: Date.UTC(2026, 0, 7), end: Date.UTC(2026, 0, 7) }),
    makeFinding({ id: "c", eventIds: ["c"] }),
    makeFinding({ id: "d", eventIds: ["d"], severity: "info", rule: "x", start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 1) }),
  ];
  const order = (s: Story): string[] => s.steps.slice(1).map((x) => x.evidence.eventIds[0]);

  it.each([
    ["chains, most severe first, then time (info left out)", {}, ["a", "c", "b"]],
    ["time order", { order: "time" as const }, ["b", "a", "c"]],
    ["high and above (equal chains: the earlier first)", { minSeverity: "high" as const }, ["b", "c"]],
    ["at most two steps, most severe kept", { maxSteps: 2 }, ["c", "b"]],
    ["info included", { minSeverity: "info" as const, order: "time" as const }, ["d", "b", "a", "c"]],
  ])("%s", (_, opts, expected) => {
    expect(order(storyFromFindings(findings, opts))).toEqual(expected);
  });

  it("says how many findings were left out", () => {
    expect(plainText(storyFromFindings(findings, { maxSteps: 2 }).steps[0].talkingPoint)).toContain("1 less severe findings are left out of this story.");
  });

  it("makes an overview-only story when nothing was found", () => {
    const story = storyFromFindings([]);
    expect(story.steps).toHaveLength(1);
    expect(plainText(story.steps[0].talkingPoint)).toBe("Trailscope found no findings in this data. Pin notes to events to tell its story by hand.");
    expect(story.title).toBe("What Trailscope found");
  });

  it("finds records without an event id by principal and time", () => {
    const story = storyFromFindings([makeFinding({ eventIds: [] })]);
    expect(story.steps[1].evidence.find).toEqual([
      { label: "IAM backdoor user created", chips: [{ field: "principal", value: "alex.miller", negate: false }], time: { kind: "absolute", start: Date.UTC(2026, 0, 8, 10, 45), end: Date.UTC(2026, 0, 8, 10, 46) + 1 }, min: 1 },
    ]);
  });
});
