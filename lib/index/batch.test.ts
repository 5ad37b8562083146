import { describe, expect, it } from "vitest";
import { CORE_FIELDS } from "../cloudtrail/fields";
import type { NormalizedEvent } from "../cloudtrail/types";
import { groupBy } from "./aggregate";
import { BatchBuilder, batchTransferables, MAX_BATCH_ROWS } from "./batch";
import { filterRows } from "./filter";
import { EventTable } from "./table";
import { buildTable, locationOf, makeEvent, randomEvents } from "./testing/fixtures";

/** Loads events through batches of `size`, returning the table and every accepted flag in order. */
function viaBatches(events: readonly NormalizedEvent[], size: number, t = new EventTable()): { t: EventTable; accepted: number[] } {
  const builder = new BatchBuilder(size);
  const accepted: number[] = [];
  const flush = () => accepted.push(...t.appendBatch(builder.finish()));
  events.forEach((ev, i) => {
    builder.add(ev, locationOf(i, i % 3));
    if (builder.full) flush();
  });
  flush();
  return { t, accepted };
}

function snapshot(t: EventTable): unknown[] {
  const fields = t.fields().map((f) => f.name);
  return Array.from({ length: t.size }, (_, r) => [...fields.map((f) => t.value(f, r)), t.location(r)]);
}

describe("appendBatch", () => {
  const events = randomEvents(41, 4000).map((e, i) => (i % 500 === 7 ? { ...e, extras: { ...e.extras, late_field: `v${i}`, eventName: "shadow" } } : e));

  it.each([1, 7, 1000, MAX_BATCH_ROWS])("gives the same table as per-event appends (batches of %i)", (size) => {
    const one = new EventTable();
    const flags = events.map((ev, i) => (one.append(ev, locationOf(i, i % 3)) ? 1 : 0));
    const { t, accepted } = viaBatches(events, size);
    expect(accepted).toEqual(flags);
    expect(t.size).toBe(one.size);
    expect(t.fields()).toEqual(one.fields());
    expect(snapshot(t)).toEqual(snapshot(one));
    expect(t.timeRange()).toEqual(one.timeRange());
    for (const spec of [{ clauses: [{ field: "late_field", values: ["*"] }] }, { text: "miller", hourRange: { from: 20, to: 4 } }]) {
      expect(Array.from(filterRows(t, spec))).toEqual(Array.from(filterRows(one, spec)));
    }
    expect(groupBy(t, {}, ["principal", "demo_id"])).toEqual(groupBy(one, {}, ["principal", "demo_id"]));
  });

  it("rejects duplicates within a batch and against earlier rows, and adds no column for them", () => {
    const t = buildTable([makeEvent({ eventId: "3038ebd2-c98a-4c65-9b6e-e22506292313" })]);
    const b = new BatchBuilder(8);
    b.add(makeEvent({ eventId: "3038ebd2-c98a-4c65-9b6e-e22506292313", extras: { only_dup: "x" } }), locationOf(0));
    b.add(makeEvent({ eventId: "x-1", principal: "new" }), locationOf(1));
    b.add(makeEvent({ eventId: "x-1", principal: "dup-only" }), locationOf(2));
    b.add(makeEvent({ eventId: "" }), locationOf(3));
    expect(Array.from(t.appendBatch(b.finish()))).toEqual([0, 1, 0, 1]);
    expect(t.size).toBe(3);
    expect(t.hasField("only_dup")).toBe(false);
    expect(t.code("principal", "dup-only")).toBe(-1);
    expect([t.eventId(1), t.value("principal", 1), t.location(1)]).toEqual(["x-1", "new", locationOf(1)]);
  });

  it("starts an extra column at its first value, so rollbacks drop it alike", () => {
    const evs = Array.from({ length: 10 }, (_, i) => makeEvent({ eventId: `e${i}`, extras: i >= 6 ? { tag: "x" } : i === 2 ? { tag: "" } : {} }));
    const one = buildTable(evs);
    const { t } = viaBatches(evs, 10);
    for (const table of [one, t]) table.truncate(5);
    expect(t.fields()).toEqual(one.fields());
    expect(t.hasField("tag")).toBe(false);
  });

  it("rolls back like per-event appends", () => {
    const { t } = viaBatches(events.slice(0, 3000), 500);
    const before = snapshot(t);
    const size = t.size;
    viaBatches(events.slice(3000), 333, t);
    t.truncate(size);
    expect(snapshot(t)).toEqual(before);
    expect(t.fields().map((f) => f.name)).toEqual([...CORE_FIELDS.map((f) => f.name), "@version", "demo_id", ...(t.hasField("late_field") ? ["late_field"] : [])]);
    const again = viaBatches(events.slice(3000), 333, t);
    expect(again.accepted.filter((a) => a === 1).length).toBe(buildTable(events).size - size);
  });
});

describe("BatchBuilder", () => {
  it("hands over its arrays and starts fresh", () => {
    const b = new BatchBuilder(4);
    b.add(makeEvent({ eventId: "a" }), locationOf(0));
    const first = b.finish();
    expect(first.count).toBe(1);
    expect(b.size).toBe(0);
    const buffers = batchTransferables(first);
    expect(new Set(buffers).size).toBe(buffers.length);
    b.add(makeEvent(), locationOf(1));
    expect(b.finish().time).not.toBe(first.time);
  });

  it("refuses rows beyond its capacity and invalid capacities", () => {
    const b = new BatchBuilder(1);
    b.add(makeEvent(), locationOf(0));
    expect(b.full).toBe(true);
    expect(() => b.add(makeEvent(), locationOf(1))).toThrow(/full/);
    expect(() => new BatchBuilder(0)).toThrow(RangeError);
    expect(() => new BatchBuilder(MAX_BATCH_ROWS + 1)).toThrow(RangeError);
  });
});
