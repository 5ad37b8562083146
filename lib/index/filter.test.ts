import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countRows, filterRows } from "./filter";
import { EventTable } from "./table";
import { buildTable, locationOf, makeEvent, randomEvents } from "./testing/fixtures";
import { refFilter, refLoad } from "./testing/reference";
import type { FilterClause, QuerySpec } from "./types";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

const events = randomEvents(7, 3000);
const rows = refLoad(events);
const table = buildTable(events);

const check = (spec: QuerySpec): void => {
  const expected = refFilter(rows, spec);
  expect(Array.from(filterRows(table, spec))).toEqual(expected);
  expect(countRows(table, spec)).toBe(expected.length);
};

describe("filterRows against the reference", () => {
  it.each<[string, QuerySpec]>([
    ["everything", {}],
    ["eq", { clauses: [{ field: "eventName", values: ["GetObject"] }] }],
    ["eq on a value that never occurs", { clauses: [{ field: "eventName", values: ["NoSuchApi"] }] }],
    ["eq is case-sensitive", { clauses: [{ field: "principal", values: ["alex.miller"] }] }],
    ["IN", { clauses: [{ field: "eventName", values: ["GetObject", "PutObject", "ListBucket"] }] }],
    ["absent value", { clauses: [{ field: "bucket", values: [""] }] }],
    ["absent or a value", { clauses: [{ field: "errorCode", values: ["", "AccessDenied"] }] }],
    ["wildcard prefix", { clauses: [{ field: "bucket", values: ["faketshirtco-*"] }] }],
    ["wildcard middle", { clauses: [{ field: "objectKey", values: ["2026/q*/file-1*.xlsx"] }] }],
    ["wildcard star alone means present", { clauses: [{ field: "bucket", values: ["*"] }] }],
    ["NOT star means absent", { clauses: [{ field: "bucket", values: ["*"], negate: true }] }],
    ["wildcard with regex characters", { clauses: [{ field: "userAgent", values: ["<script>*(1)*"] }] }],
    ["literal star in data", { clauses: [{ field: "bucket", values: ["logs*bucket"] }] }],
    ["NOT", { clauses: [{ field: "eventSource", values: ["s3.amazonaws.com"], negate: true }] }],
    ["NOT IN", { clauses: [{ field: "principal", values: ["alex.miller", ""], negate: true }] }],
    ["alias field", { clauses: [{ field: "requestParameters.bucketName", values: ["faketshirtco-backups"] }] }],
    ["extras column", { clauses: [{ field: "demo_id", values: ["exfil"] }] }],
    ["extras absent", { clauses: [{ field: "demo_id", values: [""] }] }],
    ["hour eq", { clauses: [{ field: "hour", values: ["3", "04"] }] }],
    ["hour via alias, negated", { clauses: [{ field: "date_hour", values: ["12"], negate: true }] }],
    ["bytes eq", { clauses: [{ field: "bytesOut", values: ["1000", ""] }] }],
    ["bytes wildcard", { clauses: [{ field: "additionalEventData.bytesTransferredOut", values: ["1*"] }] }],
    ["time wildcard on ISO text", { clauses: [{ field: "_time", values: ["2026-01-0*"] }] }],
    ["time range", { timeRange: { start: T0 + 10 * DAY, end: T0 + 17 * DAY } }],
    ["empty time range", { timeRange: { start: T0 + 10 * DAY, end: T0 + 10 * DAY } }],
    ["hour range", { hourRange: { from: 1, to: 5 } }],
    ["hour range wrapping midnight", { hourRange: { from: 22, to: 6 } }],
    ["empty hour range", { hourRange: { from: 5, to: 5 } }],
    ["text", { text: "FINANCIAL" }],
    ["text in an extras value", { text: "xfi" }],
    ["text with no match", { text: "zzzz-nothing" }],
    ["rows", { rows: Uint32Array.from([0, 5, 17, 900, 2500]) }],
    ["rows out of order and out of range", { rows: Uint32Array.from([2500, 5, 5, 0, 1e6]) }],
    [
      "combined",
      {
        clauses: [
          { field: "eventName", values: ["GetObject", "ListBucket"] },
          { field: "errorCode", values: ["AccessDenied"], negate: true },
          { field: "bucket", values: ["faketshirtco-*"] },
        ],
        timeRange: { start: T0 + 3 * DAY, end: T0 + 60 * DAY },
        hourRange: { from: 20, to: 8 },
        text: "10.10",
      },
    ],
    ["combined with rows", { clauses: [{ field: "readOnly", values: ["false"] }], rows: Uint32Array.from({ length: 400 }, (_, i) => i * 3) }],
  ])("%s", (_name, spec) => check(spec));

  it("matches eventId exactly, by clause and by free text", () => {
    const id = rows.find((e) => /^[0-9a-f-]{36}$/.test(e.eventId))!.eventId;
    const other = rows.find((e) => e.eventId.startsWith("ID-"))!.eventId;
    check({ clauses: [{ field: "eventId", values: [id, other] }] });
    check({ clauses: [{ field: "eventID", values: ["ID-*"] }] });
    check({ clauses: [{ field: "eventId", values: [id], negate: true }] });
    check({ clauses: [{ field: "eventId", values: ["", other] }] });
    check({ text: id.toUpperCase() });
    expect(filterRows(table, { text: id }).length).toBeGreaterThan(0);
  });

  it("refines free text keystroke by keystroke", () => {
    for (const text of ["f", "fi", "fin", "fina", "FINANCIAL", "finance", "x", "xf", "s3.", "s3.amazonaws.com", "3"]) check({ text });
  });

  it("finds free text in values that arrive after an earlier search", () => {
    const evs = randomEvents(5, 300);
    const t2 = buildTable(evs);
    const later = [makeEvent({ principal: "very-late-user" }), makeEvent({ extras: { note: "LATE arrival" } })];
    for (const text of ["late", "late", "late-"]) expect(Array.from(filterRows(t2, { text }))).toEqual(refFilter(refLoad(evs), { text }));
    later.forEach((ev, i) => t2.append(ev, locationOf(i)));
    for (const text of ["late-", "late", "late"]) expect(Array.from(filterRows(t2, { text }))).toEqual(refFilter(refLoad([...evs, ...later]), { text }));
    expect(filterRows(t2, { text: "late" }).length).toBe(2);
  });

  it("throws an error naming an unknown field", () => {
    expect(() => filterRows(table, { clauses: [{ field: "noSuchField", values: ["x"] }] })).toThrow(/noSuchField/);
  });

  it("returns an array of its own", () => {
    const a = filterRows(table, { clauses: [{ field: "eventName", values: ["GetObject"] }] });
    a.fill(0);
    check({ clauses: [{ field: "eventName", values: ["GetObject"] }] });
  });
});

describe("time ranges on ordered and unordered data", () => {
  it.each([
    ["in time order", true],
    ["out of order", false],
  ])("%s", (_name, ordered) => {
    const evs = randomEvents(11, 2000).map((e, i) => ({ ...e, eventId: "", time: T0 + (ordered ? i : (i * 7919) % 2000) * 60_000 }));
    const t = buildTable(evs);
    for (const [a, b] of [[0, 100], [500, 1500], [1999, 2500], [-5, 3], [700.5, 700.7]]) {
      const spec = { timeRange: { start: T0 + a * 60_000, end: T0 + b * 60_000 } };
      expect(Array.from(filterRows(t, spec))).toEqual(refFilter(evs, spec));
    }
  });
});

describe("exact clauses", () => {
  const evs = [
    makeEvent({ eventId: "e1", objectKey: "exports/*", principal: "svc-*" }),
    makeEvent({ eventId: "e2", objectKey: "exports/all.csv", principal: "svc-build" }),
    makeEvent({ eventId: "e3", objectKey: "", principal: "alex" }),
  ];
  const t = buildTable(evs);
  const ref = refLoad(evs);

  it.each<[string, FilterClause, number[]]>([
    ["a typed star is a wildcard", { field: "objectKey", values: ["exports/*"] }, [0, 1]],
    ["an exact star is a character", { field: "objectKey", values: ["exports/*"], exact: true }, [0]],
    ["exact and negated", { field: "objectKey", values: ["exports/*"], exact: true, negate: true }, [1, 2]],
    ["exact on another column", { field: "principal", values: ["svc-*", "alex"], exact: true }, [0, 2]],
    ["exact star alone matches nothing literal", { field: "principal", values: ["*"], exact: true }, []],
    ["exact on event ids", { field: "eventID", values: ["e*"], exact: true }, []],
  ])("%s", (_name, clause, expected) => {
    const spec = { clauses: [clause] };
    expect(Array.from(filterRows(t, spec))).toEqual(expected);
    expect(refFilter(ref, spec)).toEqual(expected);
    expect(countRows(t, spec)).toBe(expected.length);
  });
});

describe("appending after queries", () => {
  it("keeps posting lists and cached wildcard matches correct", () => {
    const all = randomEvents(21, 30_000);
    const t = new EventTable();
    const specs: QuerySpec[] = [
      { clauses: [{ field: "eventName", values: ["ConsoleLogin"] }] },
      { clauses: [{ field: "principal", values: ["jmerckle", "root"] }] },
      { clauses: [{ field: "bucket", values: ["*backups"] }] },
      { clauses: [{ field: "errorCode", values: ["AccessDenied"] }], hourRange: { from: 1, to: 5 } },
      { text: "file-1" },
    ];
    let offered = 0;
    for (const end of [12_000, 12_050, 16_000, 30_000]) {
      for (; offered < end; offered++) t.append(all[offered], locationOf(offered));
      const ref = refLoad(all.slice(0, end));
      for (const spec of specs) expect(Array.from(filterRows(t, spec))).toEqual(refFilter(ref, spec));
      const eventName = t.ref("eventName");
      expect(eventName.kind === "string" && eventName.col.hasPostings()).toBe(true);
    }
  });
});

describe("property: random specs agree with the reference", () => {
  const small = randomEvents(99, 400);
  const smallRows = refLoad(small);
  const t = buildTable(small);
  const fieldValues: Record<string, string[]> = {
    eventName: ["GetObject", "PutObject", "CreateUser", "Nope", "Get*", "*Bucket", ""],
    principal: ["alex.miller", "root", "", "*miller", "Alex*"],
    bucket: ["", "*", "faketshirtco-prod-data", "logs*bucket"],
    errorCode: ["", "AccessDenied", "*Denied", "*"],
    demo_id: ["exfil", "", "base*"],
    hour: ["1", "13", "", "2*"],
    bytesOut: ["", "10", "1*"],
  };
  const clause: fc.Arbitrary<FilterClause> = fc
    .constantFrom(...Object.keys(fieldValues))
    .chain((field) => fc.record({ field: fc.constant(field), values: fc.subarray(fieldValues[field]), negate: fc.boolean() }));
  const spec: fc.Arbitrary<QuerySpec> = fc.record(
    {
      clauses: fc.array(clause, { maxLength: 3 }),
      timeRange: fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) }).map((r) => ({ start: T0 + r.start * DAY, end: T0 + r.end * DAY })),
      hourRange: fc.record({ from: fc.integer({ min: 0, max: 24 }), to: fc.integer({ min: 0, max: 24 }) }),
      text: fc.constantFrom("s3", "MILLER", "10.10.", "<script>", "zz"),
      rows: fc.uniqueArray(fc.integer({ min: 0, max: 420 })).map((a) => Uint32Array.from(a.sort((x, y) => x - y))),
    },
    { requiredKeys: [] },
  );

  it("filterRows and countRows", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const expected = refFilter(smallRows, s);
        expect(Array.from(filterRows(t, s))).toEqual(expected);
        expect(countRows(t, s)).toBe(expected.length);
      }),
      { numRuns: 300, seed: 4242 },
    );
  });
});

describe("a single event", () => {
  it("is found by each of its values", () => {
    const t = buildTable([makeEvent({ eventId: "e-1", bucket: "b", extras: { demo_id: "exfil" } })]);
    expect(Array.from(filterRows(t, { clauses: [{ field: "bucket", values: ["b"] }, { field: "demo_id", values: ["exfil"] }] }))).toEqual([0]);
    expect(countRows(t, { clauses: [{ field: "bucket", values: ["c"] }] })).toBe(0);
  });
});
