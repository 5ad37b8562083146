/**
 * The built-in exfil story against the generated demo: its talking points are
 * the seed's, character for character, and on every seed and size each step's
 * evidence is what the seed says happened (checked against the demo's own
 * `demo_id` tags, which the story never queries), and each question's answer
 * is true of the data.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EventTable } from "../../index/table";
import { plainText } from "../markdown-out";
import { resolveStory, type ResolvedStep, type ResolvedStory } from "../resolve";
import { demo } from "../testing/data";
import { checkAnswer } from "../training";
import { EXFIL_STORY, SEED_TALKING_POINTS } from "./exfil";

const SEEDS = path.resolve(__dirname, "../../../../shared/seeds");
const DAY = 86_400_000;
const HOUR = 3_600_000;
const PEOPLE = ["alex.miller", "mike.chen", "sarah.patel", "jessica.ramos", "david.kim"];
const FINANCIAL = "faketshirtco-financial-reports";

const str = (t: EventTable, field: string, row: number): string => String(t.value(field, row));
const time = (t: EventTable, row: number): number => t.times.values[row];
const allRows = (t: EventTable): number[] => Array.from({ length: t.size }, (_, r) => r);
const iso = (ms: number): string => new Date(ms).toISOString();

describe("the seed's talking points", () => {
  const seedText = readFileSync(path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith("003_")) as string), "utf8");

  it.each(Object.entries(SEED_TALKING_POINTS))("%s is quoted verbatim from the seed", (name, quote) => {
    expect(seedText).toContain(`**${name}:**\n> "${quote}"`);
  });

  it.each([
    ["backdoor", "Backdoor Detection"],
    ["exfil", "Exfil Pattern"],
    ["attribution", "Who Did It"],
  ] as const)("step %s says the %s talking point", (id, name) => {
    const step = EXFIL_STORY.steps.find((s) => s.id === id);
    expect(plainText(step?.talkingPoint ?? "")).toContain(`"${SEED_TALKING_POINTS[name]}"`);
  });

  it("has the six steps of the seed, each with a question", () => {
    expect(EXFIL_STORY.steps.map((s) => s.id)).toEqual(["baseline", "backdoor", "recon", "test-read", "exfil", "attribution"]);
    for (const s of EXFIL_STORY.steps) expect(s.question, s.id).toBeDefined();
  });
});

describe.each([
  { name: "seed 42", options: { seed: 42 }, start: "2026-01-01" },
  { name: "seed 7", options: { seed: 7 }, start: "2026-01-01" },
  { name: "50,000 events", options: { seed: 42, events: 50_000 }, start: "2026-01-01" },
  { name: "seed 7 starting on another date", options: { seed: 7, start: "2025-06-10" }, start: "2025-06-10" },
])("the exfil story on the demo ($name)", ({ options, start }) => {
  let t: EventTable;
  let r: ResolvedStory;
  const step = (id: string): ResolvedStep => r.steps.find((s) => s.id === id) as ResolvedStep;
  const day = (n: number): number => Date.parse(`${start}T00:00:00Z`) + (n - 1) * DAY;
  const exfilRows = (): number[] => allRows(t).filter((row) => str(t, "demo_id", row) === "exfil");
  const answerOf = (id: string, value: string | number): boolean => checkAnswer(step(id).step.question!, value);

  beforeAll(async () => {
    const ctx = await demo(options);
    t = ctx.table;
    r = await resolveStory(EXFIL_STORY, ctx);
  });

  it("resolves every step without a problem", () => {
    expect(r.steps.map((s) => [s.id, s.problems])).toEqual(EXFIL_STORY.steps.map((s) => [s.id, []]));
    expect(r.problemSteps).toBe(0);
  });

  it("baseline: Days 1–7, where no person acts between 01:00 and 05:00", () => {
    const s = step("baseline");
    expect(s.view.filters.timeRange).toEqual({ start: day(1), end: day(8) });
    expect(s.evidence.total).toBe(allRows(t).filter((row) => time(t, row) >= day(1) && time(t, row) < day(8)).length);
    const night = s.evidence.rows.filter((row) => new Date(time(t, row)).getUTCHours() >= 1 && new Date(time(t, row)).getUTCHours() < 5);
    expect(night.length).toBeGreaterThan(0);
    expect(night.filter((row) => PEOPLE.includes(str(t, "principal", row)))).toEqual([]);
    expect(answerOf("baseline", 1)).toBe(true);
  });

  it("backdoor: CreateUser svc-datasync at Day 8 10:45:00Z and AttachUserPolicy AdministratorAccess at 10:46:00Z, by alex.miller", () => {
    const s = step("backdoor");
    const [create, attach] = s.evidence.parts;
    expect(create.count).toBe(1);
    expect(attach.count).toBe(1);
    const c = create.firstRow as number;
    const a = attach.firstRow as number;
    expect([str(t, "eventName", c), str(t, "principal", c), str(t, "targetUser", c), iso(time(t, c))]).toEqual(["CreateUser", "alex.miller", "svc-datasync", iso(day(8) + 10 * HOUR + 45 * 60_000)]);
    expect([str(t, "eventName", a), str(t, "targetUser", a), str(t, "policyArn", a), iso(time(t, a))]).toEqual([
      "AttachUserPolicy",
      "svc-datasync",
      "arn:aws:iam::aws:policy/AdministratorAccess",
      iso(day(8) + 10 * HOUR + 46 * 60_000),
    ]);
    expect(s.view.filters.timeRange).toEqual({ start: day(8), end: day(9) });
    expect(answerOf("backdoor", str(t, "principal", c))).toBe(true);
  });

  it("recon: one ListBucket of the financial bucket on Day 9", () => {
    const s = step("recon");
    expect(s.evidence.total).toBe(1);
    const row = s.evidence.rows[0];
    expect([str(t, "eventName", row), str(t, "bucket", row), str(t, "demo_id", row)]).toEqual(["ListBucket", FINANCIAL, "exfil"]);
    expect(time(t, row)).toBeGreaterThanOrEqual(day(9));
    expect(time(t, row)).toBeLessThan(day(10));
    expect(s.view).toMatchObject({ kind: "bucket", bucket: FINANCIAL });
    expect(answerOf("recon", str(t, "bucket", row))).toBe(true);
  });

  it("test read: the single GetObject of Day 10, shown as the event", () => {
    const s = step("test-read");
    expect(s.evidence.total).toBe(1);
    const row = s.evidence.rows[0];
    expect([str(t, "eventName", row), str(t, "demo_id", row)]).toEqual(["GetObject", "exfil"]);
    expect(time(t, row)).toBeGreaterThanOrEqual(day(10));
    expect(time(t, row)).toBeLessThan(day(11));
    expect(s.view.event).toEqual({ eventId: t.eventId(row) });
    expect(answerOf("test-read", str(t, "objectKey", row))).toBe(true);
  });

  it("exfiltration: every night read of Days 11–14, all between 01:00 and 05:00, the seed's files among them", () => {
    const s = step("exfil");
    const expected = exfilRows().filter((row) => time(t, row) >= day(11) && str(t, "eventName", row) === "GetObject");
    expect([...s.evidence.rows].sort((a, b) => a - b)).toEqual(expected);
    for (const row of s.evidence.rows) {
      expect(time(t, row)).toBeLessThan(day(15));
      const hour = new Date(time(t, row)).getUTCHours();
      expect(hour >= 1 && hour < 5, iso(time(t, row))).toBe(true);
    }
    const keys = s.evidence.rows.map((row) => str(t, "objectKey", row));
    expect(keys).toContain("2026/q4/annual-financial-report.xlsx");
    expect(keys).toContain("2025/q2/merger-plans-2025.docx");
    const anchor = s.evidence.rows.find((row) => str(t, "objectKey", row) === "2026/q4/annual-financial-report.xlsx") as number;
    expect(iso(time(t, anchor))).toBe(iso(day(12) + 3 * HOUR + 15 * 60_000));
    expect(s.evidence.hours).toEqual({ from: 1, to: 5 });
    expect(s.evidence.facts.hours.slice(5).every((n) => n === 0) && s.evidence.facts.hours[0] === 0).toBe(true);
    expect(answerOf("exfil", 2)).toBe(true);
  });

  it("attribution: every scenario record, all under alex.miller's one access key, told apart only by the user agent", () => {
    const s = step("attribution");
    expect([...s.evidence.rows].sort((a, b) => a - b)).toEqual(exfilRows());
    const { accessKeyId, sourceIp, principal } = s.evidence.facts.fields;
    expect([principal.distinct, accessKeyId.distinct, sourceIp.distinct]).toEqual([1, 1, 1]);
    expect(principal.top[0].value).toBe("alex.miller");
    const key = accessKeyId.top[0].value;
    const own = allRows(t).filter((row) => str(t, "principal", row) === "alex.miller" && str(t, "demo_id", row) !== "exfil" && str(t, "accessKeyId", row) === key);
    expect(own.length).toBeGreaterThan(0);
    // Same key, same address as Alex's own calls; a tool on another platform.
    expect(new Set(own.map((row) => str(t, "sourceIp", row)))).toEqual(new Set([sourceIp.top[0].value]));
    expect(own.every((row) => str(t, "userAgent", row).includes("Darwin"))).toBe(true);
    expect(s.evidence.rows.every((row) => str(t, "userAgent", row).includes("Linux") && !str(t, "userAgent", row).includes("Darwin"))).toBe(true);
    expect(answerOf("attribution", 2)).toBe(true);
  });
});

describe("the exfil story on data without the attack", () => {
  let r: ResolvedStory;
  beforeAll(async () => {
    r = await resolveStory(EXFIL_STORY, await demo({ seed: 42, scenarios: [] }));
  });

  it.each([
    ["baseline", []],
    ["backdoor", ["no CreateUser by alex.miller on Day 8 in this dataset", "no AttachUserPolicy of AdministratorAccess by alex.miller on Day 8 in this dataset"]],
    ["recon", ["no ListBucket by alex.miller on Day 9 in this dataset"]],
    ["test-read", ["no GetObject by alex.miller on faketshirtco-financial-reports on Day 10 in this dataset", "no event to show: the step's evidence found none"]],
    ["exfil", ["no GetObject by alex.miller on faketshirtco-financial-reports on Days 11–14 in this dataset"]],
    ["attribution", ['step "The backdoor (Day 8)" found no evidence to gather', 'step "Reconnaissance (Day 9)" found no evidence to gather', 'step "The test read (Day 10)" found no evidence to gather', 'step "The exfiltration (Days 11–14)" found no evidence to gather']],
  ])("%s says what is missing", (id, problems) => {
    expect(r.steps.find((s) => s.id === id)?.problems).toEqual(problems);
  });
});
