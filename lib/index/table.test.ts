import { describe, expect, it } from "vitest";
import { CORE_FIELDS } from "../cloudtrail/fields";
import { groupBy } from "./aggregate";
import { countRows, filterRows } from "./filter";
import { EventTable, MAX_EXTRA_COLUMNS } from "./table";
import { buildTable, locationOf, makeEvent, randomEvents } from "./testing/fixtures";
import { refLoad, refValue } from "./testing/reference";

const FIELDS = [...CORE_FIELDS.map((f) => f.name), "@version", "demo_id"];

describe("EventTable", () => {
  const events = randomEvents(3, 2500);
  const rows = refLoad(events);
  const t = buildTable(events);

  it("rejects duplicate eventIDs and keeps everything else", () => {
    expect(rows.length).toBeLessThan(events.length);
    expect(t.size).toBe(rows.length);
  });

  it("reads every field of every row back (windowed reads)", () => {
    for (const [from, to] of [[0, 50], [1200, 1260], [rows.length - 30, rows.length]]) {
      for (let r = from; r < to; r++) {
        for (const f of FIELDS) expect(t.value(f, r), `${f} @${r}`).toEqual(refValue(rows, f, rows[r]));
        expect(t.eventId(r)).toBe(rows[r].eventId);
      }
    }
  });

  it("keeps each row's location", () => {
    const t2 = new EventTable();
    t2.append(makeEvent({ eventId: "a" }), { sourceId: 3, offset: 5_000_000_000, length: 1234 });
    t2.append(makeEvent({ eventId: "b" }), { sourceId: 70_000, offset: 7, length: 1 });
    expect(t2.location(0)).toEqual({ sourceId: 3, offset: 5_000_000_000, length: 1234 });
    expect(t2.location(1)).toEqual({ sourceId: 70_000, offset: 7, length: 1 });
  });

  it("lists core fields then extras, with cardinalities", () => {
    const fields = t.fields();
    expect(fields.map((f) => f.name)).toEqual(FIELDS);
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get("eventName")).toEqual({ name: "eventName", kind: "string", cardinality: new Set(rows.map((r) => r.eventName)).size });
    expect(byName.get("principal")?.cardinality).toBe(new Set(rows.map((r) => r.principal).filter(Boolean)).size);
    expect(byName.get("hour")).toEqual({ name: "hour", kind: "number", cardinality: -1 });
    expect(byName.get("time")?.kind).toBe("time");
    expect(byName.get("demo_id")).toEqual({ name: "demo_id", kind: "string", cardinality: 2 });
  });

  it.each([
    ["eventName", true],
    ["awsRegion", true],
    ["requestParameters.bucketName", true],
    ["userIdentity.userName", true],
    ["demo_id", true],
    ["eventID", true],
    ["nope", false],
    ["__proto__", false],
  ])("hasField(%s) is %s", (name, expected) => expect(t.hasField(name)).toBe(expected));

  it("names the unknown field in errors", () => {
    expect(() => t.value("nope", 0)).toThrow(/"nope"/);
    expect(() => t.column("requestParameters.nope")).toThrow(/requestParameters\.nope/);
    expect(() => t.value("eventName", t.size)).toThrow(RangeError);
  });

  it("exposes columns and dictionary codes", () => {
    const col = t.column("eventName");
    if (col.kind !== "string") throw new Error("expected a string column");
    expect(col.codes.length).toBe(t.size);
    expect(Array.from({ length: 20 }, (_, r) => col.dict[col.codes[r]])).toEqual(rows.slice(0, 20).map((e) => e.eventName));
    expect(t.code("eventName", "GetObject")).toBe(col.codes[rows.findIndex((e) => e.eventName === "GetObject")]);
    expect(t.code("eventName", "Nope")).toBe(-1);
    expect(t.code("bucket", "")).toBe(0);
    const bytes = t.column("bytesOut");
    expect(bytes.kind === "number" && Array.from(bytes.values.slice(0, 30))).toEqual(rows.slice(0, 30).map((e) => e.bytesOut));
    const hours = t.column("hour");
    expect(hours.kind === "number" && Array.from(hours.values.slice(0, 30))).toEqual(rows.slice(0, 30).map((e) => e.hour));
  });

  it("reports the time range", () => {
    const times = rows.map((r) => r.time);
    expect(t.timeRange()).toEqual({ start: Math.min(...times), end: Math.max(...times) });
    expect(new EventTable().timeRange()).toBeNull();
  });
});

describe("extras columns", () => {
  it("appear mid-stream; earlier rows read as absent", () => {
    const t = new EventTable();
    for (let i = 0; i < 3000; i++) t.append(makeEvent({ extras: i >= 2000 && i % 2 === 0 ? { demo_id: "exfil" } : {} }), locationOf(i));
    expect(t.value("demo_id", 1999)).toBe("");
    expect(t.value("demo_id", 2000)).toBe("exfil");
    expect(t.value("demo_id", 2001)).toBe("");
    expect(countRows(t, { clauses: [{ field: "demo_id", values: ["exfil"] }] })).toBe(500);
    expect(groupBy(t, {}, ["demo_id"]).counts).toEqual([2500, 500]);
  });

  it("never shadow core fields and stop at the column cap", () => {
    const t = new EventTable();
    const extras: Record<string, string> = { eventName: "Shadow", sourceIPAddress: "6.6.6.6" };
    for (let i = 0; i < MAX_EXTRA_COLUMNS + 10; i++) extras[`x${i}`] = "v";
    t.append(makeEvent({ extras }), locationOf(0));
    expect(t.value("eventName", 0)).toBe("GetObject");
    expect(t.value("sourceIPAddress", 0)).toBe("10.10.30.55");
    expect(t.hasField(`x${MAX_EXTRA_COLUMNS - 1}`)).toBe(true);
    expect(t.hasField(`x${MAX_EXTRA_COLUMNS}`)).toBe(false);
  });

  it("stay bounded when every event brings new keys", () => {
    const t = new EventTable();
    for (let i = 0; i < 20_000; i++) t.append(makeEvent({ extras: { [`k${i}`]: "v", [`j${i}`]: "w" } }), locationOf(i));
    expect(t.fields().length).toBe(CORE_FIELDS.length + MAX_EXTRA_COLUMNS);
    expect(t.value("k0", 0)).toBe("v");
    expect(t.hasField("k19999")).toBe(false);
  });

  it("keep prototype keys as plain columns", () => {
    const t = new EventTable();
    const extras = JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>;
    t.append(makeEvent({ extras }), locationOf(0));
    expect(t.value("__proto__", 0)).toBe("x");
    expect(t.value("constructor", 0)).toBe("y");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("dictionary code width", () => {
  it.each([255, 256, 65_535, 65_536, 70_000])("%i distinct values keep every earlier row intact", (distinct) => {
    const t = new EventTable();
    // Interleave with a repeated value so rows of early codes sit between rows that force the widening.
    for (let i = 0; i < distinct; i++) t.append(makeEvent({ objectKey: `k${i}`, bucket: i % 3 === 0 ? "b" : "" }), locationOf(i));
    t.append(makeEvent({ objectKey: "k0" }), locationOf(0));
    const col = t.column("objectKey");
    if (col.kind !== "string") throw new Error("expected a string column");
    expect(col.codes.BYTES_PER_ELEMENT).toBe(distinct < 256 ? 1 : distinct < 65_536 ? 2 : 4);
    for (const r of [0, 1, 254, 255, 256, distinct - 2, distinct - 1]) if (r >= 0 && r < distinct) expect(t.value("objectKey", r)).toBe(`k${r}`);
    expect(t.value("objectKey", distinct)).toBe("k0");
    expect(Array.from(filterRows(t, { clauses: [{ field: "objectKey", values: ["k0"] }] }))).toEqual([0, distinct]);
    expect(Array.from(filterRows(t, { clauses: [{ field: "objectKey", values: [`k${distinct - 1}`] }] }))).toEqual([distinct - 1]);
  });
});

describe("truncate and clear", () => {
  const events = randomEvents(8, 6000);

  it("rolls back to an earlier size as if the later rows never came", () => {
    const t = buildTable(events.slice(0, 4000));
    // Query first so posting lists exist, then add rows (new values, a new extras column) and roll back.
    expect(countRows(t, { clauses: [{ field: "principal", values: ["root"] }] })).toBeGreaterThan(0);
    filterRows(t, { clauses: [{ field: "principal", values: ["root"] }, { field: "bucket", values: ["*backups"] }] });
    const before = t.size;
    const fieldsBefore = t.fields();
    events.slice(4000).forEach((ev, i) => t.append(i === 5 ? { ...ev, principal: "intruder", extras: { newcol: "1" } } : ev, locationOf(i)));
    t.truncate(before);
    expect(t.size).toBe(before);
    expect(t.fields()).toEqual(fieldsBefore);
    expect(t.hasField("newcol")).toBe(false);
    expect(t.code("principal", "intruder")).toBe(-1);

    const fresh = buildTable(events.slice(0, 4000));
    for (const spec of [{ clauses: [{ field: "principal", values: ["root"] }] }, { clauses: [{ field: "bucket", values: ["*backups"] }] }, {}]) {
      expect(Array.from(filterRows(t, spec))).toEqual(Array.from(filterRows(fresh, spec)));
    }
    // Removed ids are forgotten: the same events load again, with the same result as a fresh table.
    events.slice(4000).forEach((ev, i) => t.append(ev, locationOf(i)));
    const full = buildTable(events);
    expect(t.size).toBe(full.size);
    expect(groupBy(t, {}, ["principal", "eventName"])).toEqual(groupBy(full, {}, ["principal", "eventName"]));
    expect(t.timeRange()).toEqual(full.timeRange());
  });

  it("rows appended after a rollback do not inherit values of the removed rows", () => {
    const t = new EventTable();
    // bytesOut is dense (every row), bytesIn sparse (every tenth row).
    const full = (i: number) => makeEvent({ extras: { demo_id: "exfil" }, bytesOut: 100 + i, bytesIn: i % 10 === 0 ? i : NaN, bucket: "b" });
    for (let i = 0; i < 3000; i++) t.append(full(i), locationOf(i));
    t.truncate(1000);
    for (let i = 0; i < 2000; i++) t.append(makeEvent(), locationOf(i));
    for (const r of [990, 999, 1000, 2000, 2999]) {
      const old = r < 1000;
      const cells = ["demo_id", "bucket", "bytesOut", "bytesIn"].map((f) => t.value(f, r));
      expect(cells).toEqual(old ? ["exfil", "b", 100 + r, r % 10 === 0 ? r : NaN] : ["", "", NaN, NaN]);
    }
    expect(countRows(t, { clauses: [{ field: "demo_id", values: ["exfil"] }] })).toBe(1000);
    expect(countRows(t, { clauses: [{ field: "bytesOut", values: [""] }] })).toBe(2000);
    expect(countRows(t, { clauses: [{ field: "bytesIn", values: [""] }], rows: Uint32Array.from({ length: 3000 }, (_, i) => i) })).toBe(2900);
  });

  it("truncate to the current size or more changes nothing; invalid sizes throw", () => {
    const t = buildTable(events.slice(0, 10));
    t.truncate(100);
    expect(t.size).toBe(buildTable(events.slice(0, 10)).size);
    expect(() => t.truncate(-1)).toThrow(RangeError);
  });

  it("clear empties the table and frees its memory", () => {
    const t = buildTable(events);
    const big = t.memoryBytes();
    t.clear();
    expect(t.size).toBe(0);
    expect(t.fields().some((f) => f.name === "demo_id")).toBe(false);
    expect(countRows(t, {})).toBe(0);
    expect(t.memoryBytes()).toBeLessThan(big / 4);
    events.forEach((ev, i) => t.append(ev, locationOf(i)));
    expect(t.size).toBe(refLoad(events).length);
  });

  it("compact keeps every value and drops spare capacity", () => {
    const t = buildTable(events.slice(0, 1500));
    const before = t.memoryBytes();
    const values = Array.from({ length: t.size }, (_, r) => FIELDS.map((f) => t.value(f, r)));
    t.compact();
    expect(t.memoryBytes()).toBeLessThan(before);
    expect(Array.from({ length: t.size }, (_, r) => FIELDS.map((f) => t.value(f, r)))).toEqual(values);
    t.append(makeEvent({ eventId: "after-compact" }), locationOf(0));
    expect(t.eventId(t.size - 1)).toBe("after-compact");
  });
});
