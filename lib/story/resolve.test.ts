import { beforeAll, describe, expect, it } from "vitest";
import { makeRecord } from "../cloudtrail/testing/factory";
import type { JsonObject } from "../cloudtrail/types";
import { contextOfRecords } from "../search/testing/fixture";
import { resolveStory, type ResolvedStep } from "./resolve";
import { storySchema, type StepInput } from "./schema";
import { DAY_MS } from "./time-spec";

type Ctx = Awaited<ReturnType<typeof contextOfRecords>>;

const user = (name: string): JsonObject => ({ type: "IAMUser", principalId: `AIDA${name}`, arn: `arn:aws:iam::123456789012:user/${name}`, accountId: "123456789012", accessKeyId: `AKIA${name.length}`, userName: name });

/** Four days of a tiny case: Day 1 is 2026-01-08. */
const RECORDS: JsonObject[] = [
  makeRecord({ eventID: "create", eventTime: "2026-01-08T10:45:00Z", eventSource: "iam.amazonaws.com", eventName: "CreateUser", requestParameters: { userName: "svc-datasync" } }),
  makeRecord({ eventID: "list", eventTime: "2026-01-09T15:37:12Z", eventName: "ListBucket", requestParameters: { bucketName: "faketshirtco-financial-reports" } }),
  makeRecord({ eventID: "read-1", eventTime: "2026-01-11T03:15:00Z" }),
  makeRecord({ eventID: "read-2", eventTime: "2026-01-11T02:00:00Z", requestParameters: { bucketName: "faketshirtco-financial-reports", key: "b.xlsx" } }),
  makeRecord({ eventID: "mike", eventTime: "2026-01-11T14:00:00Z", userIdentity: user("mike.chen"), requestParameters: { bucketName: "faketshirtco-prod-data", key: "x.json" } }),
  makeRecord({ eventID: undefined, eventTime: "2026-01-10T12:00:00Z", eventName: "DescribeInstances", eventSource: "ec2.amazonaws.com", requestParameters: null }),
];
const DAY1 = Date.UTC(2026, 0, 8);

let ctx: Ctx;
beforeAll(async () => {
  ctx = await contextOfRecords(RECORDS);
});

/** Resolves a one-step story (plus `others` before it). */
async function resolveStep(step: Partial<StepInput>, others: StepInput[] = [], c: Ctx = ctx): Promise<ResolvedStep> {
  const story = storySchema.parse({ version: 1, id: "t", title: "T", steps: [...others, { id: "s", title: "S", view: { kind: "timeline" }, ...step }] });
  const r = await resolveStory(story, c);
  return r.steps[r.steps.length - 1];
}

const chip = (field: string, value: string, negate = false) => ({ field, value, negate });
const ids = (s: ResolvedStep): string[] => s.evidence.rows.map((r) => ctx.table.eventId(r));

describe("evidence queries", () => {
  it("finds rows by chips, in time order, with each part's first event", async () => {
    const s = await resolveStep({ evidence: { find: [{ label: "reads", chips: [chip("eventName", "GetObject"), chip("principal", "alex.miller")] }] } });
    expect(ids(s)).toEqual(["read-2", "read-1"]);
    expect(s.evidence.parts).toEqual([{ label: "reads", count: 2, span: { start: Date.parse("2026-01-11T02:00:00Z"), end: Date.parse("2026-01-11T03:15:00Z") + 1 }, firstRow: s.evidence.rows[0], firstEventId: "read-2", problem: null }]);
    expect(s.evidence.eventIds).toEqual(["read-2", "read-1"]);
    expect(s.problems).toEqual([]);
  });

  it.each<[string, Partial<StepInput>, string[], string[]]>([
    ["scenario days count from the first event's day", { time: { kind: "days", from: 4, to: 4 }, evidence: { find: [{ label: "Day 4 events" }] } }, ["read-2", "read-1", "mike"], []],
    ["a query's own time wins over the step's", { time: { kind: "days", from: 4, to: 4 }, evidence: { find: [{ label: "x", time: { kind: "days", from: 1, to: 1 } }] } }, ["create"], []],
    ["hours narrow the rows", { evidence: { find: [{ label: "night reads", chips: [chip("eventName", "GetObject")], hours: { from: 1, to: 3 } }] } }, ["read-2"], []],
    ["a negated chip excludes", { evidence: { find: [{ label: "not alex", chips: [chip("principal", "alex.miller", true)] }] } }, ["mike"], []],
    ["a negated chip on a missing field keeps everything", { time: { kind: "days", from: 1, to: 1 }, evidence: { find: [{ label: "x", chips: [chip("demo_id", "exfil", true)] }] } }, ["create"], []],
    ["a chip on a missing field matches nothing", { evidence: { find: [{ label: "tagged", chips: [chip("demo_id", "exfil")] }] } }, [], ['no field "demo_id" in this dataset, so nothing matches "tagged"']],
    ["too few rows: the default message names the time", { time: { kind: "days", from: 2, to: 2 }, evidence: { find: [{ label: "CreateUser by alex.miller", chips: [chip("eventName", "CreateUser")] }] } }, [], ["no CreateUser by alex.miller on Day 2 in this dataset"]],
    ["too few rows: the story's own message", { evidence: { find: [{ label: "x", chips: [chip("eventName", "DeleteTrail")], missing: "no trail was deleted" }] } }, [], ["no trail was deleted"]],
    ["fewer than min", { evidence: { find: [{ label: "reads", chips: [chip("eventName", "GetObject")], min: 4 }] } }, ["read-2", "read-1", "mike"], ["only 3 reads (expected at least 4)"]],
    ["more than max", { time: { kind: "days", from: 4, to: 4 }, evidence: { find: [{ label: "reads", chips: [chip("eventName", "GetObject")], max: 1 }] } }, ["read-2", "read-1", "mike"], ["3 reads on Day 4 (expected at most 1)"]],
    ["min 0 accepts nothing found", { evidence: { find: [{ label: "x", chips: [chip("eventName", "Nope")], min: 0 }] } }, [], []],
    ["an SPL search, narrowed by the chips", { evidence: { find: [{ label: "financial", spl: 'requestParameters.bucketName="faketshirtco-financial-reports"', chips: [chip("eventName", "GetObject")] }] } }, ["read-2", "read-1"], []],
    ["an SPL search that matches nothing", { evidence: { find: [{ label: "x", spl: "eventName=Nope" }] } }, [], ["no x in this dataset"]],
    ["an SPL syntax error", { evidence: { find: [{ label: "x", spl: "eventName=(" }] } }, [], ['the search for "x" failed: ']],
    ["an SPL search that is a table", { evidence: { find: [{ label: "x", spl: "* | stats count" }] } }, [], ['the search for "x" must list events (no stats, timechart or table command)']],
    ["pinned events", { evidence: { eventIds: ["read-1", "create"] } }, ["create", "read-1"], []],
    ["pinned events that are gone", { evidence: { eventIds: ["read-1", "gone"] } }, ["read-1"], ["1 of the 2 pinned events are not in this dataset"]],
    ["only pinned events that are gone", { evidence: { eventIds: ["gone"] } }, [], ["none of the 1 pinned events is in this dataset"]],
    ["a principal the data lacks", { evidence: { principal: "nobody" } }, [], ["principal nobody does not appear in this dataset"]],
    ["a bucket the data lacks", { evidence: { bucket: "nothing" } }, [], ["bucket nothing does not appear in this dataset"]],
  ])("%s", async (_, step, expectedIds, problems) => {
    const s = await resolveStep(step);
    expect(ids(s)).toEqual(expectedIds);
    expect(s.problems.map((p, i) => (problems[i]?.endsWith(": ") ? p.slice(0, problems[i].length) : p))).toEqual(problems);
  });

  it("gathers other steps' evidence, whatever their order", async () => {
    const first: StepInput = { id: "a", title: "Listing", view: { kind: "timeline" }, evidence: { find: [{ label: "l", chips: [chip("eventName", "ListBucket")] }] } };
    const story = storySchema.parse({
      version: 1,
      id: "t",
      title: "T",
      steps: [
        { id: "all", title: "All", view: { kind: "timeline" }, evidence: { fromSteps: ["a", "b"] } },
        first,
        { id: "b", title: "Create", view: { kind: "timeline" }, evidence: { find: [{ label: "c", chips: [chip("eventName", "CreateUser")] }] } },
      ],
    });
    const r = await resolveStory(story, ctx);
    expect(r.steps.map((s) => s.id)).toEqual(["all", "a", "b"]);
    expect(r.steps[0].evidence.rows.map((row) => ctx.table.eventId(row))).toEqual(["create", "list"]);
    expect(r.steps[0].evidence.parts.map((p) => [p.label, p.count])).toEqual([["Listing", 1], ["Create", 1]]);
  });

  it("states the facts of the evidence: top values without absent ones, hours, days", async () => {
    const s = await resolveStep({ evidence: { find: [{ label: "all" }] } });
    const f = s.evidence.facts;
    expect(f.count).toBe(RECORDS.length);
    expect(f.fields.principal).toEqual({ top: [{ value: "alex.miller", count: 5 }, { value: "mike.chen", count: 1 }], distinct: 2 });
    expect(f.fields.bucket.distinct).toBe(2);
    expect(f.fields.targetUser).toEqual({ top: [{ value: "svc-datasync", count: 1 }], distinct: 1 });
    expect(f.hours).toEqual(Array.from({ length: 24 }, (_, h) => ([2, 3, 10, 12, 14, 15].includes(h) ? 1 : 0)));
    expect(f.days).toEqual([0, 1, 2, 3].map((d) => ({ day: DAY1 + d * DAY_MS, count: [1, 1, 1, 3][d] })));
    expect(s.evidence.principal).toBe("alex.miller");
  });

  it("caps the rows kept and materialised, but counts them all", async () => {
    const story = storySchema.parse({ version: 1, id: "t", title: "T", steps: [{ id: "s", title: "S", view: { kind: "timeline" }, evidence: { find: [{ label: "all" }] } }] });
    const r = await resolveStory(story, ctx, { maxRows: 2, sampleRows: 1, topValues: 1 });
    const e = r.steps[0].evidence;
    expect([e.total, e.rows.length, e.sample.length, e.facts.fields.principal.top.length]).toEqual([6, 2, 1, 1]);
    expect(e.sample[0]).toMatchObject({ eventId: "create", principal: "alex.miller", eventName: "CreateUser", targetUser: "svc-datasync", time: Date.parse("2026-01-08T10:45:00Z") });
  });
});

describe("views", () => {
  it.each<[string, Partial<StepInput>, Record<string, unknown>, string[]]>([
    ["timeline with its filters and days", { view: { kind: "timeline", stackBy: "principal" }, filters: { chips: [chip("eventSource", "s3.amazonaws.com")], text: "alex" }, time: { kind: "days", from: 2, to: 3 } }, { kind: "timeline", stackBy: "principal", filters: { chips: [chip("eventSource", "s3.amazonaws.com")], text: "alex", timeRange: { start: DAY1 + DAY_MS, end: DAY1 + 3 * DAY_MS } } }, []],
    ["the evidence's span with a margin", { time: { kind: "evidence", padMs: 1000 }, evidence: { eventIds: ["create", "list"] } }, { filters: { chips: [], text: "", timeRange: { start: Date.parse("2026-01-08T10:45:00Z") - 1000, end: Date.parse("2026-01-09T15:37:12Z") + 1 + 1000 } } }, []],
    ["the evidence's span when there is none", { time: { kind: "evidence", padMs: 1000 } }, { filters: { chips: [], text: "", timeRange: null } }, []],
    ["a user from the evidence", { view: { kind: "user" }, evidence: { eventIds: ["mike"] } }, { kind: "user", principal: "mike.chen" }, []],
    ["a user nobody names", { view: { kind: "user" } }, { kind: "user", principal: null }, ["no principal to show: the step names none and its evidence has none"]],
    ["a user the data lacks", { view: { kind: "user", principal: "eve" } }, { principal: "eve" }, ["principal eve does not appear in this dataset"]],
    ["a bucket from the evidence", { view: { kind: "bucket" }, evidence: { eventIds: ["list"] } }, { kind: "bucket", bucket: "faketshirtco-financial-reports" }, []],
    ["a bucket nobody names", { view: { kind: "bucket" } }, { bucket: null }, ["no bucket to show: the step names none and its evidence has none"]],
    ["exfil for a principal", { view: { kind: "exfil", principal: "alex.miller" } }, { kind: "exfil", principal: "alex.miller" }, []],
    ["a search", { view: { kind: "search", spl: "eventName=GetObject | stats count" } }, { kind: "search", spl: "eventName=GetObject | stats count" }, []],
    ["the first evidence event", { view: { kind: "event" }, evidence: { eventIds: ["read-1", "list"] } }, { kind: "event", event: { eventId: "list" } }, []],
    ["an event without an id, by row", { view: { kind: "event" }, evidence: { find: [{ label: "ec2", chips: [chip("eventName", "DescribeInstances")] }] } }, { event: { row: 5 } }, []],
    ["a named event that is gone", { view: { kind: "event", eventId: "gone" } }, { event: { eventId: "gone" } }, ["event gone is not in this dataset"]],
    ["an event when nothing was found", { view: { kind: "event" } }, { event: null }, ["no event to show: the step's evidence found none"]],
    ["findings, with one opened", { view: { kind: "findings", finding: "iam-backdoor-user:create" } }, { kind: "findings", finding: "iam-backdoor-user:create" }, []],
  ])("%s", async (_, step, view, problems) => {
    const s = await resolveStep(step);
    expect(s.view).toMatchObject(view);
    expect(s.problems).toEqual(problems);
  });

  it("says when no data is loaded", async () => {
    const empty = await contextOfRecords([]);
    const s = await resolveStep({ time: { kind: "days", from: 1, to: 1 }, evidence: { find: [{ label: "anything" }] } }, [], empty);
    expect(s.problems).toEqual(["no data is loaded", "no anything on Day 1 in this dataset"]);
    expect(s.view.filters.timeRange).toBeNull();
  });
});
