import { describe, expect, it } from "vitest";
import { channelDriver, directDriver, type EngineDriver } from "./test-harness";

/** A realistic CloudTrail record; override any top-level field. */
function makeRecord(i: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const user = ["alice", "bob", "carol"][i % 3];
  return {
    eventVersion: "1.08",
    userIdentity: {
      type: "IAMUser",
      principalId: `AIDA${i % 3}EXAMPLE`,
      arn: `arn:aws:iam::123456789012:user/${user}`,
      accountId: "123456789012",
      accessKeyId: `AKIA${i % 3}EXAMPLE`,
      userName: user,
    },
    eventTime: new Date(Date.UTC(2026, 0, 1 + (i % 5), i % 24, i % 60)).toISOString().replace(".000", ""),
    eventSource: i % 2 ? "s3.amazonaws.com" : "iam.amazonaws.com",
    eventName: i % 2 ? "GetObject" : "ListUsers",
    awsRegion: "us-east-1",
    sourceIPAddress: `10.0.0.${i % 7}`,
    userAgent: "aws-cli/2.15.0",
    requestParameters: i % 2 ? { bucketName: "b1", key: `k/${i}` } : null,
    responseElements: null,
    requestID: `REQ${i}`,
    eventID: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    readOnly: true,
    eventType: "AwsApiCall",
    recipientAccountId: "123456789012",
    ...overrides,
  };
}

const jsonl = (records: unknown[]) => new Blob([records.map((r) => JSON.stringify(r)).join("\n") + "\n"]);

describe.each([["direct", directDriver], ["worker client", channelDriver]] as const)("engine (%s)", (_name, make) => {
  const withEngine = async (fn: (e: EngineDriver) => Promise<void>) => {
    const e = make();
    try {
      await fn(e);
    } finally {
      e.close();
    }
  };

  it("ingests files, reports per file and answers queries", () =>
    withEngine(async (e) => {
      const recs = Array.from({ length: 60 }, (_, i) => makeRecord(i));
      const summary = await e.call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: jsonl(recs) }] });
      expect(summary.events).toBe(60);
      expect(summary.files).toHaveLength(1);
      expect(summary.files[0]).toMatchObject({ path: "a.jsonl", events: 60, errorCount: 0 });
      expect(summary.principals).toBe(3);
      expect(summary.accounts).toEqual(["123456789012"]);
      expect(summary.timeRange?.start).toBe(Date.UTC(2026, 0, 1, 0, 0));
      expect(await e.call("count", { spec: { clauses: [{ field: "eventName", values: ["GetObject"] }] } })).toBe(30);
      const g = await e.call("groupBy", { spec: {}, fields: ["principal"] });
      expect(g.counts.reduce((a, b) => a + b, 0)).toBe(60);
      expect(e.progress.some((p) => p.phase === "done" && p.events === 60)).toBe(true);
    }));

  it("selects, sorts, windows rows and reads the raw record back", () =>
    withEngine(async (e) => {
      const recs = Array.from({ length: 30 }, (_, i) => makeRecord(i));
      await e.call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: jsonl(recs) }] });
      const sel = await e.call("select", { spec: { clauses: [{ field: "userIdentity.userName", values: ["bob"] }] }, sort: { field: "time", desc: true } });
      expect(sel.total).toBe(10);
      const win = await e.call("rows", { resultId: sel.resultId, start: 0, end: 3, fields: ["time", "principal", "eventID"] });
      expect(win.rowIds).toBeInstanceOf(Uint32Array);
      expect(win.rowIds.length).toBe(3);
      expect(win.columns.principal).toEqual(["bob", "bob", "bob"]);
      const times = win.columns.time as number[];
      expect(times[0]).toBeGreaterThanOrEqual(times[1]);
      const raw = await e.call("record", { row: win.rowIds[0] });
      const parsed = JSON.parse(raw.json) as { eventID: string; userIdentity: { userName: string } };
      expect(parsed.userIdentity.userName).toBe("bob");
      expect(parsed.eventID).toBe(win.columns.eventID[0]);
      expect(await e.call("release", { resultId: sel.resultId })).toBe(true);
      await expect(e.call("rows", { resultId: sel.resultId, start: 0, end: 1, fields: [] })).rejects.toThrow(/released/);
    }));

  it("keeps earlier data and good records when a later file is bad, and drops duplicates", () =>
    withEngine(async (e) => {
      await e.call("ingest", { jobId: 1, files: [{ path: "good.jsonl", file: jsonl([makeRecord(1), makeRecord(2)]) }] });
      const bad = new Blob([JSON.stringify(makeRecord(3)) + "\n{not json\n" + JSON.stringify(makeRecord(1)) + "\n"]);
      const s = await e.call("ingest", { jobId: 2, files: [{ path: "bad.jsonl", file: bad }] });
      expect(s.events).toBe(3);
      expect(s.duplicates).toBe(1);
      const report = s.files.find((f) => f.path === "bad.jsonl");
      expect(report?.errors[0]?.line).toBe(2);
      expect(report?.duplicates).toBe(1);
    }));

  it("rejects unknown fields with a message naming the field", () =>
    withEngine(async (e) => {
      await e.call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: jsonl([makeRecord(1)]) }] });
      await expect(e.call("count", { spec: { clauses: [{ field: "noSuchField", values: ["x"] }] } })).rejects.toThrow(/noSuchField/);
    }));

  it("generates the demo dataset in the engine", () =>
    withEngine(async (e) => {
      const s = await e.call("generate", { jobId: 7, options: { days: 14 } });
      expect(s.events).toBeGreaterThan(14 * 50);
      expect(s.timeRange?.start).toBeGreaterThanOrEqual(Date.UTC(2026, 0, 1));
      expect(s.timeRange?.end).toBeLessThan(Date.UTC(2026, 0, 15));
      expect(await e.call("count", { spec: { clauses: [{ field: "demo_id", values: ["exfil"] }, { field: "eventName", values: ["CreateUser"] }] } })).toBe(1);
      expect(e.progress.some((p) => p.phase === "generate")).toBe(true);
    }));

  it("clear empties the dataset", () =>
    withEngine(async (e) => {
      await e.call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file: jsonl([makeRecord(1)]) }] });
      const s = await e.call("clear", {});
      expect(s.events).toBe(0);
      expect(s.files).toEqual([]);
    }));
});

describe("cancelling an ingest", () => {
  it("leaves the previous dataset intact", async () => {
    const e = directDriver();
    await e.call("ingest", { jobId: 1, files: [{ path: "first.jsonl", file: jsonl([makeRecord(1), makeRecord(2)]) }] });
    const big = jsonl(Array.from({ length: 20000 }, (_, i) => makeRecord(i + 10)));
    const pending = e.call("ingest", { jobId: 2, files: [{ path: "big.jsonl", file: big }, { path: "big2.jsonl", file: big }] });
    await e.call("cancel", { jobId: 2 });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    const s = await e.call("summary", {});
    expect(s.events).toBe(2);
    expect(s.files.map((f) => f.path)).toEqual(["first.jsonl"]);
    // the rolled-back rows' eventIDs are forgotten: loading them again works
    const again = await e.call("ingest", { jobId: 3, files: [{ path: "big.jsonl", file: big }] });
    expect(again.events).toBe(20002);
  });
});

describe("detections in the engine", () => {
  it("run after a load and find the demo's backdoor", async () => {
    const e = directDriver();
    await e.call("generate", { jobId: 1, options: {} });
    const findings = await e.call("findings", {});
    const backdoor = findings.find((f) => f.rule === "iam-backdoor-user");
    expect(backdoor?.principal).toBe("alex.miller");
    expect(new Date(backdoor?.start ?? 0).toISOString()).toBe("2026-01-08T10:45:00.000Z");
    expect(e.progress.some((p) => p.phase === "detect" && p.jobId === 0)).toBe(true);
    await e.call("clear", {});
    expect(await e.call("findings", {})).toEqual([]);
  });
});

describe("search in the engine", () => {
  it("answers a seed search as a table and an event search as a windowed selection", async () => {
    const e = channelDriver();
    try {
      await e.call("generate", { jobId: 1, options: {} });
      const table = await e.call("search", { query: 'index=cloud sourcetype=aws:cloudtrail eventName=CreateUser\n| table _time, userIdentity.userName, requestParameters.userName' });
      expect(table.kind).toBe("table");
      if (table.kind !== "table") return;
      expect(table.rows.some((r) => r[1] === "alex.miller" && r[2] === "svc-datasync")).toBe(true);
      const events = await e.call("search", { query: "eventName=AttachUserPolicy demo_id=exfil" });
      expect(events.kind).toBe("events");
      if (events.kind !== "events") return;
      expect(events.total).toBe(1);
      const win = await e.call("rows", { resultId: events.resultId, start: 0, end: 1, fields: ["principal", "policyArn"] });
      expect(win.columns.policyArn).toEqual(["arn:aws:iam::aws:policy/AdministratorAccess"]);
      const bad = await e.call("search", { query: "eventName=GetObject | stats cuont" });
      expect(bad.kind).toBe("error");
    } finally {
      e.close();
    }
  });
});
