/**
 * Records are attacker-controlled JSON: keys such as `__proto__`,
 * `constructor` and `prototype` must stay data from ingest through the index,
 * the detail record, facets, entity pages and searches, and must never reach
 * Object.prototype. The records are written as JSON text so each key is an
 * own property, exactly as JSON.parse gives it to the reader.
 */
import { afterEach, describe, expect, it } from "vitest";
import { channelDriver, directDriver, type EngineDriver } from "./test-harness";

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** One JSON line; `extra` is raw JSON text spliced into the record's top level. */
function line(n: number, userName: string, bucket: string, rp: string, extra: string): string {
  return (
    `{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","userName":${JSON.stringify(userName)},` +
    `"arn":"arn:aws:iam::123456789012:user/${userName}","accountId":"123456789012","__proto__":{"polluted":"identity"}},` +
    `"eventTime":"2026-01-02T03:0${n}:00Z","eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"us-east-1",` +
    `"sourceIPAddress":"10.0.0.${n}","userAgent":"constructor","requestParameters":{"bucketName":${JSON.stringify(bucket)},"key":"__proto__/k${n}",${rp}},` +
    `"additionalEventData":{"bytesTransferredOut":${n}00,"__proto__":{"polluted":"aed"}},"eventID":"${ID(n)}","eventType":"AwsApiCall",` +
    `"recipientAccountId":"123456789012",${extra}}`
  );
}

const HOSTILE_JSONL = [
  line(1, "__proto__", "prototype", `"__proto__":{"polluted":"rp"},"constructor":{"prototype":{"polluted":"ctor"}},"prototype":"p1"`, `"__proto__":"top-proto","constructor":"top-ctor"`),
  line(2, "constructor", "__proto__", `"__proto__":{"polluted":"rp2"},"prototype":"p2"`, `"__proto__":{"polluted":"top-object"},"prototype":"top-prototype"`),
  line(3, "alice", "constructor", `"toString":"x","hasOwnProperty":"y"`, `"valueOf":"v"`),
].join("\n");

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function expectPrototypesClean(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_KEYS);
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
  expect(typeof ({} as { toString: unknown }).toString).toBe("function");
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

describe.each([["direct", directDriver], ["worker client", channelDriver]] as const)("hostile keys through the engine (%s)", (_name, make) => {
  let e: EngineDriver;
  afterEach(() => {
    e.close();
    expectPrototypesClean();
  });

  const load = async () => {
    e = make();
    const summary = await e.call("ingest", { jobId: 1, files: [{ path: "hostile.jsonl", file: new Blob([HOSTILE_JSONL + "\n"]) }] });
    expect(summary.files[0]).toMatchObject({ events: 3, errorCount: 0 });
    expectPrototypesClean();
  };

  it("indexes hostile names and keys as values and columns", async () => {
    await load();
    const fields = (await e.call("fields", {})).map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining(["__proto__", "constructor", "prototype", "valueOf"]));
    expect(await e.call("count", { spec: { clauses: [{ field: "__proto__", values: ["top-proto"] }] } })).toBe(1);
    expect(await e.call("count", { spec: { clauses: [{ field: "principal", values: ["__proto__"] }] } })).toBe(1);
    const g = await e.call("groupBy", { spec: {}, fields: ["constructor"] });
    expect(g.keys.map((k) => k[0]).sort()).toEqual(["", "top-ctor"]);
    const facets = await e.call("facets", { spec: {}, fields: ["bucket", "userName", "prototype"], limit: 10 });
    expect(facets[0].keys.map((k) => k[0]).sort()).toEqual(["__proto__", "constructor", "prototype"]);
    expect(facets[2].keys.map((k) => k[0]).sort()).toEqual(["", "top-prototype"]);
  });

  it("returns a record's fields with hostile names as own data", async () => {
    await load();
    const sel = await e.call("select", { spec: {}, sort: { field: "time" } });
    const rec = await e.call("record", { row: 0 });
    expect(Object.hasOwn(rec.fields, "__proto__")).toBe(true);
    expect(rec.fields["__proto__"]).toBe("top-proto");
    expect(rec.fields["constructor"]).toBe("top-ctor");
    const raw = JSON.parse(rec.json) as Record<string, unknown>;
    expect(Object.keys(raw)).toContain("__proto__");
    const rows = await e.call("rows", { resultId: sel.resultId, start: 0, end: 3, fields: ["__proto__", "principal"] });
    expect(Object.hasOwn(rows.columns, "__proto__")).toBe(true);
    expect(rows.columns["__proto__"]).toEqual(["top-proto", "", ""]);
  });

  it.each([
    ["stats count by requestParameters.__proto__.polluted", [["rp", 1], ["rp2", 1]]],
    ["stats count by requestParameters.constructor.prototype.polluted", [["ctor", 1]]],
    ["stats count by userIdentity.userName | sort userIdentity.userName", [["__proto__", 1], ["alice", 1], ["constructor", 1]]],
    ["stats count by __proto__", [["top-proto", 1]]],
    ["stats count by requestParameters.bucketName | sort requestParameters.bucketName", [["__proto__", 1], ["constructor", 1], ["prototype", 1]]],
    ['eval __proto__="x" | stats count by __proto__', [["x", 3]]],
    ["rename eventName as constructor | stats count by constructor", [["GetObject", 3]]],
    ["stats values(requestParameters.prototype) as prototype", [["p1\np2"]]],
  ])("search %s", async (query, rows) => {
    await load();
    const r = await e.call("search", { query: `index=cloud | ${query}` });
    expect(r.kind, JSON.stringify(r)).toBe("table");
    if (r.kind !== "table") return;
    expect(r.rows).toEqual(rows);
  });

  it("builds principal and bucket pages named __proto__ and constructor", async () => {
    await load();
    const principals = await e.call("principals", { spec: {} });
    expect(principals.map((p) => p.name).sort()).toEqual(["__proto__", "alice", "constructor"]);
    const p = await e.call("principal", { name: "__proto__", spec: {} });
    expect(p.name).toBe("__proto__");
    const buckets = await e.call("buckets", { spec: {} });
    expect(buckets.map((b) => b.bucket).sort()).toEqual(["__proto__", "constructor", "prototype"]);
    const b = await e.call("bucket", { name: "__proto__", spec: {} });
    expect(b.name).toBe("__proto__");
    await e.call("findings", {});
  });
});
