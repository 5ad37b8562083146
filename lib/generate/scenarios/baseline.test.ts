import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../cloudtrail/types";
import { parseStartDate, periodDays } from "../calendar";
import { FINANCIAL_BUCKET } from "../catalog";
import { DEFAULT_GENERATE_OPTIONS } from "../options";
import { actorOf, baselineOf, byPerson, dateOf, demo, hourOf, params } from "../testing/demo";
import { apportion, baselineCounts } from "./baseline";

const DAYS = periodDays(parseStartDate("2026-01-01"), 14);
const WEEKDAYS = DAYS.filter((d) => !d.weekend).map((d) => d.date);
const WEEKENDS = DAYS.filter((d) => d.weekend).map((d) => d.date);
const quiet = (h: number): boolean => h >= 1 && h < 5;

describe.each([42, 1, 2027])("normal traffic, seed %i", (seed) => {
  const base = baselineOf(demo({ seed }));
  const perDay = (date: string) => base.filter((r) => dateOf(r) === date);

  it("has 50 to 200 events each day, weekdays busier than weekends", () => {
    const counts = DAYS.map((d) => perDay(d.date).length);
    for (const c of counts) {
      expect(c).toBeGreaterThanOrEqual(50);
      expect(c).toBeLessThanOrEqual(200);
    }
    const avg = (dates: string[]) => dates.reduce((a, d) => a + perDay(d).length, 0) / dates.length;
    expect(avg(WEEKDAYS)).toBeGreaterThan(avg(WEEKENDS) * 1.5);
    expect(new Set(counts).size).toBeGreaterThan(4);
  });

  it("follows office hours: people act 08:00–18:00 on weekdays, a little in the evening, never 23:00–07:00", () => {
    const people = base.filter(byPerson);
    const weekday = people.filter((r) => WEEKDAYS.includes(dateOf(r)));
    const office = weekday.filter((r) => hourOf(r) >= 8 && hourOf(r) < 18);
    expect(office.length / weekday.length).toBeGreaterThan(0.8);
    expect(people.filter((r) => hourOf(r) === 23 || hourOf(r) < 7)).toEqual([]);
    expect(people.filter((r) => WEEKENDS.includes(dateOf(r))).length).toBeLessThan(weekday.length / 10);
  });

  it("is nearly silent 01:00–05:00 except for automation, and never reads objects then", () => {
    const night = base.filter((r) => quiet(hourOf(r)));
    expect(night.length).toBeLessThan(base.length * 0.08);
    expect(night.filter(byPerson)).toEqual([]);
    expect(night.filter((r) => r.eventName === "GetObject")).toEqual([]);
  });

  it("gives alex.miller normal working-hours activity on every weekday, never at night", () => {
    const alex = base.filter((r) => actorOf(r) === "alex.miller");
    for (const date of WEEKDAYS) {
      expect(alex.filter((r) => dateOf(r) === date && hourOf(r) >= 8 && hourOf(r) < 18).length).toBeGreaterThan(3);
    }
    expect(alex.filter((r) => quiet(hourOf(r)))).toEqual([]);
  });

  it("has people reading the financial bucket in office hours on weekdays", () => {
    const fin = base.filter((r) => r.eventName === "GetObject" && params(r).bucketName === FINANCIAL_BUCKET && !r.errorCode);
    expect(fin.length).toBeGreaterThan(WEEKDAYS.length * 3);
    expect(fin.every((r) => byPerson(r) && hourOf(r) >= 7 && hourOf(r) < 23)).toBe(true);
    expect(fin.some((r) => actorOf(r) === "alex.miller")).toBe(false);
  });

  it("never looks like the backdoor: no AdministratorAccess, no svc-datasync", () => {
    const attach = base.filter((r) => r.eventName === "AttachUserPolicy");
    expect(attach.some((r) => String(params(r).policyArn).includes("Administrator"))).toBe(false);
    expect(base.some((r) => params(r).userName === "svc-datasync")).toBe(false);
  });

  it("comes from the seed's principals and a realistic handful more", () => {
    const actors = new Set(base.map(actorOf));
    for (const name of ["alex.miller", "data-pipeline", "order-processor-role"]) expect(actors.has(name)).toBe(true);
    expect(actors.size).toBeGreaterThanOrEqual(8);
    const types = new Set(base.map((r) => (r.userIdentity as JsonObject).type));
    expect([...types].sort()).toEqual(["AWSService", "AssumedRole", "IAMUser"]);
    expect(base.some((r) => (r.userIdentity as JsonObject).type === "AssumedRole" && (r.userIdentity as JsonObject).invokedBy)).toBe(true);
  });

  it("covers the seed's services and event names", () => {
    const names = new Set(base.map((r) => `${r.eventSource} ${r.eventName}`));
    for (const n of [
      "s3.amazonaws.com GetObject",
      "s3.amazonaws.com PutObject",
      "s3.amazonaws.com ListBucket",
      "ec2.amazonaws.com DescribeInstances",
      "ec2.amazonaws.com StartInstances",
      "ec2.amazonaws.com StopInstances",
      "iam.amazonaws.com GetUser",
      "iam.amazonaws.com ListUsers",
      "lambda.amazonaws.com Invoke",
      "cloudtrail.amazonaws.com LookupEvents",
    ]) {
      expect(names.has(n)).toBe(true);
    }
  });

  it("has a few AccessDenied and NoSuchKey errors", () => {
    const errors = base.filter((r) => r.errorCode);
    expect(errors.length).toBeGreaterThan(3);
    expect(errors.length).toBeLessThan(base.length * 0.05);
    expect(errors.some((r) => r.errorCode === "AccessDenied")).toBe(true);
  });
});

describe("baselineCounts", () => {
  const opts = { ...DEFAULT_GENERATE_OPTIONS };

  it("gives exactly eventsPerDay every day when set", () => {
    expect(baselineCounts({ ...opts, eventsPerDay: 321 }, DAYS, 10)).toEqual(DAYS.map(() => 321));
  });

  it.each([200_000, 1_000, 186, 100])("spreads events=%i minus the scenario over the days exactly (never below 0)", (events) => {
    const counts = baselineCounts({ ...opts, events }, DAYS, 172);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(Math.max(0, events - 172));
  });

  it("makes weekends lighter when scaling", () => {
    const counts = baselineCounts({ ...opts, events: 100_000 }, DAYS, 0);
    const weekday = counts[DAYS.findIndex((d) => !d.weekend)];
    const weekend = counts[DAYS.findIndex((d) => d.weekend)];
    expect(weekend).toBeLessThan(weekday * 0.5);
  });
});

describe("apportion", () => {
  it.each<[number, number[], number[]]>([
    [10, [1, 1], [5, 5]],
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [0, 1], [0, 7]],
    [0, [1, 2], [0, 0]],
    [5, [1, 0.4, 1], [2, 1, 2]],
  ])("apportion(%i, %j) = %j", (total, weights, expected) => {
    expect(apportion(total, weights)).toEqual(expected);
  });
});
