/**
 * The seed's six searches, character for character, on the generated demo,
 * each compared with the same question answered directly over the plain
 * generated records (not through lib/search).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Json, JsonObject } from "../cloudtrail/types";
import { generateRecords, type CloudTrailRecord } from "../generate/generate";
import type { SearchResult } from "./result";
import { runSearch } from "./run";
import { SEED_SEARCHES } from "./seed-searches";
import { demoContext } from "./testing/fixture";

const SEEDS = path.resolve(__dirname, "../../../shared/seeds");
const HOUR = 3_600_000;
const DAY = 86_400_000;

/** A nested string field of a plain record, or undefined. */
function at(r: JsonObject, dotted: string): string | undefined {
  let v: Json | undefined = r;
  for (const k of dotted.split(".")) v = v && typeof v === "object" && !Array.isArray(v) ? v[k] : undefined;
  return typeof v === "string" ? v : undefined;
}

const time = (r: CloudTrailRecord): number => Date.parse(r.eventTime);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Counts of records per bucket (epoch ms, floor to span) and eventName, as a timechart table. */
function countChart(records: CloudTrailRecord[], span: number): { columns: string[]; rows: (string | number)[][] } {
  const series = [...new Set(records.map((r) => r.eventName))].sort(cmp);
  const first = Math.floor(Math.min(...records.map(time)) / span) * span;
  const last = Math.floor(Math.max(...records.map(time)) / span) * span;
  const rows: (string | number)[][] = [];
  for (let b = first; b <= last; b += span) {
    rows.push([b, ...series.map((s) => records.filter((r) => r.eventName === s && Math.floor(time(r) / span) * span === b).length)]);
  }
  return { columns: ["_time", ...series], rows };
}

function table(result: SearchResult): { columns: string[]; rows: unknown[][] } {
  if (result.kind === "error") throw new Error(`search failed: ${result.error.message}`);
  return { columns: result.columns, rows: result.rows };
}

describe("the seed's six searches", () => {
  let records: CloudTrailRecord[];
  const results = new Map<string, SearchResult>();

  beforeAll(async () => {
    records = [...generateRecords()];
    const ctx = await demoContext();
    for (const s of SEED_SEARCHES) results.set(s.title, await runSearch(s.query, ctx));
  });

  it("are the seed's text, character for character", () => {
    const file = readdirSync(SEEDS).find((f) => f.startsWith("003_"));
    const text = readFileSync(path.join(SEEDS, file as string), "utf8");
    const useCases = text.slice(text.indexOf("## Use Cases"), text.indexOf("## Scenario Integration"));
    const blocks = [...useCases.matchAll(/### \d+\. (.+)\n[\s\S]*?```spl\n([\s\S]*?)\n```/g)].map((m) => ({ title: m[1], query: m[2] }));
    expect(blocks).toEqual(SEED_SEARCHES.map((s) => ({ title: s.title, query: s.query })));
  });

  it("1. Data Exfiltration Detection: GetObject count and distinct keys by user and bucket, largest first", () => {
    const hits = records.filter((r) => r.eventName === "GetObject" && r.demo_id === "exfil");
    const groups = new Map<string, { user: string; bucket: string; count: number; keys: Set<string> }>();
    for (const r of hits) {
      const user = at(r, "userIdentity.userName");
      const bucket = at(r, "requestParameters.bucketName");
      if (user === undefined || bucket === undefined) continue;
      const g = groups.get(`${user}\n${bucket}`) ?? { user, bucket, count: 0, keys: new Set<string>() };
      g.count++;
      const key = at(r, "requestParameters.key");
      if (key !== undefined) g.keys.add(key);
      groups.set(`${user}\n${bucket}`, g);
    }
    const expected = [...groups.values()]
      .sort((a, b) => cmp(a.user, b.user) || cmp(a.bucket, b.bucket))
      .sort((a, b) => b.count - a.count)
      .map((g) => [g.user, g.bucket, g.count, g.keys.size]);
    const got = table(results.get("Data Exfiltration Detection") as SearchResult);
    expect(got.columns).toEqual(["userIdentity.userName", "requestParameters.bucketName", "count", "unique_files"]);
    expect(got.rows).toEqual(expected);
    expect(got.rows[0].slice(0, 2)).toEqual(["alex.miller", "faketshirtco-financial-reports"]);
  });

  it("2. IAM Backdoor Detection: every CreateUser, newest first", () => {
    const expected = records
      .filter((r) => r.eventName === "CreateUser")
      .reverse()
      .map((r) => [time(r), at(r, "userIdentity.userName") ?? null, at(r, "requestParameters.userName") ?? null]);
    const got = table(results.get("IAM Backdoor Detection") as SearchResult);
    expect(got.columns).toEqual(["_time", "userIdentity.userName", "requestParameters.userName"]);
    expect(got.rows).toEqual(expected);
    expect(got.rows).toContainEqual([Date.parse("2026-01-08T10:45:00Z"), "alex.miller", "svc-datasync"]);
  });

  it("3. Privilege Escalation: AttachUserPolicy with an Administrator policy", () => {
    const expected = records
      .filter((r) => r.eventName === "AttachUserPolicy" && /Administrator/.test(at(r, "requestParameters.policyArn") ?? ""))
      .reverse()
      .map((r) => [time(r), at(r, "userIdentity.userName"), at(r, "requestParameters.userName"), at(r, "requestParameters.policyArn")]);
    const got = table(results.get("Privilege Escalation") as SearchResult);
    expect(got.columns).toEqual(["_time", "userIdentity.userName", "requestParameters.userName", "requestParameters.policyArn"]);
    expect(got.rows).toEqual(expected);
    expect(got.rows).toEqual([[Date.parse("2026-01-08T10:46:00Z"), "alex.miller", "svc-datasync", "arn:aws:iam::aws:policy/AdministratorAccess"]]);
  });

  it("4. Sensitive Bucket Access: hourly counts per event name on the financial bucket", () => {
    const hits = records.filter(
      (r) => ["GetObject", "PutObject", "ListBucket"].includes(r.eventName) && at(r, "requestParameters.bucketName") === "faketshirtco-financial-reports",
    );
    const result = results.get("Sensitive Bucket Access") as SearchResult;
    expect(result.kind).toBe("timechart");
    expect(table(result)).toEqual(countChart(hits, HOUR));
  });

  it('5. Off-Hours Activity: counts by user, event and hour ("00"–"05", "23")', () => {
    const counts = new Map<string, { key: string[]; count: number }>();
    for (const r of records) {
      const hour = r.eventTime.slice(11, 13);
      const user = at(r, "userIdentity.userName");
      if (!(Number(hour) < 6 || Number(hour) > 22) || user === undefined) continue;
      const key = [user, r.eventName, hour];
      const g = counts.get(key.join("\n")) ?? { key, count: 0 };
      g.count++;
      counts.set(key.join("\n"), g);
    }
    const expected = [...counts.values()]
      .sort((a, b) => cmp(a.key[0], b.key[0]) || cmp(a.key[1], b.key[1]) || cmp(a.key[2], b.key[2]))
      .map((g) => [...g.key, g.count]);
    const got = table(results.get("Off-Hours Activity") as SearchResult);
    expect(got.columns).toEqual(["userIdentity.userName", "eventName", "hour", "count"]);
    expect(got.rows).toEqual(expected);
    expect(got.rows.filter((r) => r[0] === "alex.miller" && r[1] === "GetObject").map((r) => r[2])).toEqual(["01", "02", "03", "04", "23"]);
  });

  it("6. Exfil Timeline: daily counts per event name of the scenario", () => {
    const hits = records.filter((r) => r.demo_id === "exfil");
    const result = results.get("Exfil Timeline") as SearchResult;
    expect(result.kind).toBe("timechart");
    const got = table(result);
    expect(got).toEqual(countChart(hits, DAY));
    expect(got.rows.map((r) => new Date(r[0] as number).toISOString().slice(0, 10))).toEqual([8, 9, 10, 11, 12, 13, 14].map((d) => `2026-01-${String(d).padStart(2, "0")}`));
  });
});
