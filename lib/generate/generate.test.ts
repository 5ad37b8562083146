import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Json, JsonObject } from "../cloudtrail/types";
import { generateRecords, planGeneration, resolveOptions, type CloudTrailRecord } from "./generate";
import { generateJsonlChunks } from "./jsonl";
import type { GenerateOptions } from "./options";
import { demo } from "./testing/demo";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const EVENT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function digest(options: Partial<GenerateOptions>): string {
  const h = createHash("sha256");
  for (const chunk of generateJsonlChunks(options, 64 * 1024)) h.update(chunk);
  return h.digest("hex");
}

const obj = (v: Json | undefined): JsonObject => v as JsonObject;

/** Checks one record has the fields CloudTrail writes; returns the problems found. */
function problems(r: CloudTrailRecord): string[] {
  const out: string[] = [];
  const need = (ok: unknown, what: string): void => {
    if (!ok) out.push(what);
  };
  const u = obj(r.userIdentity);
  need(r.eventVersion === "1.08" || r.eventVersion === "1.09", "eventVersion");
  need(EVENT_TIME.test(r.eventTime), "eventTime");
  need(/^(s3|ec2|iam|lambda|cloudtrail)\.amazonaws\.com$/.test(r.eventSource), "eventSource");
  need(/^[A-Z][A-Za-z]+$/.test(r.eventName), "eventName");
  need(r.awsRegion === "us-east-1", "awsRegion");
  need(/^(10\.10\.\d{1,3}\.\d{1,3}|[a-z0-9]+\.amazonaws\.com)$/.test(String(r.sourceIPAddress)), "sourceIPAddress");
  need(typeof r.userAgent === "string" && r.userAgent.length > 10, "userAgent");
  need(typeof r.requestID === "string" && r.requestID.length >= 16, "requestID");
  need(UUID_V4.test(String(r.eventID)), "eventID");
  need(typeof r.readOnly === "boolean", "readOnly");
  need(r.eventType === "AwsApiCall", "eventType");
  need(typeof r.managementEvent === "boolean", "managementEvent");
  need(r.recipientAccountId === "123456789012", "recipientAccountId");
  need(r.eventCategory === (r.managementEvent ? "Management" : "Data"), "eventCategory");
  need("requestParameters" in r && "responseElements" in r, "request/response");
  if (r.readOnly || r.errorCode) need(r.responseElements === null, "responseElements null for reads and errors");
  if (r.errorCode) need(typeof r.errorMessage === "string" && r.errorMessage.length > 5, "errorMessage");
  if (u.type === "AWSService") need(typeof u.invokedBy === "string" && u.invokedBy === r.sourceIPAddress, "invokedBy");
  else {
    need(u.accountId === "123456789012", "accountId");
    need(/^A(ID|RO)A[A-Z0-9]{17}/.test(String(u.principalId)), "principalId");
    need(/^arn:aws:(iam|sts)::123456789012:/.test(String(u.arn)), "arn");
    need(/^A(K|S)IA[A-Z0-9]{16}$/.test(String(u.accessKeyId)), "accessKeyId");
  }
  if (u.type === "IAMUser") need(String(u.arn).endsWith(`:user/${String(u.userName)}`), "userName");
  if (u.type === "AssumedRole") need(typeof obj(obj(u.sessionContext).sessionIssuer).userName === "string", "sessionIssuer");
  if (r.eventSource === "s3.amazonaws.com") {
    const extra = obj(r.additionalEventData);
    need(typeof extra.bytesTransferredIn === "number" && typeof extra.bytesTransferredOut === "number", "bytesTransferred");
    need(String(extra["x-amz-id-2"]).length === 76, "x-amz-id-2");
    need(Array.isArray(r.resources) && r.resources.length >= 1, "resources");
  }
  return out;
}

describe("generateRecords", () => {
  it("is deterministic: the same seed and options give identical bytes", () => {
    expect(digest({})).toBe(digest({}));
    expect(digest({ seed: 7, days: 3, eventsPerDay: 500 })).toBe(digest({ seed: 7, days: 3, eventsPerDay: 500 }));
  });

  it.each<[string, Partial<GenerateOptions>]>([
    ["seed", { seed: 43 }],
    ["start", { start: "2026-01-02" }],
    ["days", { days: 13 }],
    ["eventsPerDay", { eventsPerDay: 100 }],
    ["scenarios", { scenarios: [] }],
  ])("changes when %s changes", (_, change) => {
    expect(digest(change)).not.toBe(digest({}));
  });

  it("emits records in time order with unique eventIDs", () => {
    const records = demo();
    for (let i = 1; i < records.length; i++) expect(records[i - 1].eventTime <= records[i].eventTime).toBe(true);
    expect(new Set(records.map((r) => r.eventID)).size).toBe(records.length);
  });

  it("writes every record with the fields CloudTrail writes", () => {
    const bad = demo()
      .map((r, i) => ({ i, p: problems(r) }))
      .filter((x) => x.p.length > 0);
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it("keeps records between 0.5 and 2 KB and about 1.3 KB on average", () => {
    const sizes = demo().map((r) => JSON.stringify(r).length);
    const avg = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(Math.min(...sizes)).toBeGreaterThan(500);
    expect(Math.max(...sizes)).toBeLessThan(2048);
    expect(avg).toBeGreaterThan(900);
    expect(avg).toBeLessThan(1500);
  });

  it("stays inside the period", () => {
    const records = demo({ start: "2025-12-30", days: 5 });
    expect(records[0].eventTime >= "2025-12-30T00:00:00Z").toBe(true);
    expect(records[records.length - 1].eventTime < "2026-01-04T00:00:00Z").toBe(true);
  });

  it("gives exactly `events` records at scale, the scenario included", () => {
    const plan = planGeneration({ events: 200_000 });
    let n = 0;
    let exfil = 0;
    let last = "";
    let ordered = true;
    for (const r of generateRecords({ events: 200_000 })) {
      n++;
      if (r.demo_id === "exfil") exfil++;
      if (r.eventTime < last) ordered = false;
      last = r.eventTime;
    }
    expect(plan.total).toBe(200_000);
    expect(n).toBe(200_000);
    expect(exfil).toBe(plan.scenario.length);
    expect(ordered).toBe(true);
  });

  it("plans the total before generating", () => {
    const plan = planGeneration({ eventsPerDay: 10 });
    expect(plan.baselinePerDay).toEqual(new Array(14).fill(10));
    expect(plan.total).toBe(140 + plan.scenario.length);
    expect([...generateRecords({ eventsPerDay: 10 })]).toHaveLength(plan.total);
  });
});

describe("resolveOptions", () => {
  it("fills in the defaults (the seed's 14-day demo)", () => {
    expect(resolveOptions()).toEqual({ seed: 42, start: "2026-01-01", days: 14, eventsPerDay: 0, events: 0, scenarios: ["exfil"] });
  });

  it.each<[Partial<GenerateOptions>, RegExp]>([
    [{ start: "2026-13-01" }, /start/],
    [{ start: "01/08/2026" }, /start/],
    [{ days: 0 }, /days/],
    [{ days: 2.5 }, /days/],
    [{ events: -1 }, /events/],
    [{ eventsPerDay: Number.NaN }, /eventsPerDay/],
    [{ seed: Number.POSITIVE_INFINITY }, /seed/],
    [{ scenarios: ["ransomware"] }, /unknown scenario "ransomware"/],
    [{ scenarios: ["__proto__"] }, /unknown scenario/],
  ])("rejects %j", (options, message) => {
    expect(() => resolveOptions(options)).toThrow(message);
  });
});
