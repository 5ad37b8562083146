import { describe, expect, it } from "vitest";
import { EventIdStore } from "./event-ids";
import { rng, uuid } from "./testing/fixtures";

describe("EventIdStore", () => {
  it.each([
    ["a lowercase UUID", "3038ebd2-c98a-4c65-9b6e-e22506292313"],
    ["an uppercase UUID (kept as written)", "3038EBD2-C98A-4C65-9B6E-E22506292313"],
    ["a UUID without dashes", "3038ebd2c98a4c659b6ee22506292313"],
    ["a 36-char string with dashes elsewhere", "3038ebd2c-98a-4c65-9b6e-e22506292313"],
    ["a non-hex UUID shape", "3038ebd2-c98a-4c65-9b6e-e2250629231g"],
    ["free text", "event 1"],
    ["a prototype key", "__proto__"],
  ])("round-trips %s", (_name, id) => {
    const s = new EventIdStore(4);
    expect(s.add(0, id)).toBe(true);
    expect(s.get(0)).toBe(id);
    expect(s.find(id, 1)).toBe(0);
    expect(s.add(1, id)).toBe(false);
  });

  it("never treats empty ids as duplicates", () => {
    const s = new EventIdStore(4);
    expect(s.add(0, "")).toBe(true);
    expect(s.add(1, "")).toBe(true);
    expect(s.get(1)).toBe("");
    expect(s.find("", 2)).toBe(-1);
  });

  it("tells apart ids that differ in one byte or only in case", () => {
    const s = new EventIdStore(8);
    const a = "00000000-0000-0000-0000-000000000000";
    expect(s.add(0, a)).toBe(true);
    expect(s.add(1, "00000000-0000-0000-0000-000000000001")).toBe(true);
    expect(s.add(2, "00000000-0000-0000-0000-00000000000A")).toBe(true);
    expect(s.add(3, "00000000-0000-0000-0000-00000000000a")).toBe(true);
    expect(s.add(4, a)).toBe(false);
    expect([0, 1, 2, 3].map((r) => s.get(r))).toEqual([a, "00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-00000000000A", "00000000-0000-0000-0000-00000000000a"]);
  });

  it("forgets truncated rows while keeping the rest findable, across table growth", () => {
    const r = rng(5);
    const ids = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? `id-${i}` : uuid(r)));
    const s = new EventIdStore(ids.length);
    ids.forEach((id, i) => expect(s.add(i, id)).toBe(true));
    s.truncate(8_000, ids.length);
    for (let i = 0; i < ids.length; i++) expect(s.find(ids[i], 8_000)).toBe(i < 8_000 ? i : -1);
    // Removed ids can come back; kept ones are still duplicates.
    expect(s.add(8_000, ids[15_000])).toBe(true);
    expect(s.add(8_001, ids[7_999])).toBe(false);
    expect(s.add(8_001, ids[12_345])).toBe(true);
    expect(s.get(8_000)).toBe(ids[15_000]);
  });

  it("grows its capacity without losing ids", () => {
    const s = new EventIdStore(2);
    const r = rng(9);
    const ids = Array.from({ length: 5000 }, () => uuid(r));
    ids.forEach((id, i) => {
      if (i >= 2 && (i & (i - 1)) === 0) s.grow(i * 2);
      expect(s.add(i, id)).toBe(true);
    });
    expect(ids.every((id, i) => s.get(i) === id && s.find(id, ids.length) === i)).toBe(true);
    expect(s.memoryBytes()).toBeGreaterThan(5000 * 16);
  });

  it("sized ahead with reserve, finds ids and duplicates exactly as when it grows", () => {
    const r = rng(10);
    const ids = Array.from({ length: 3000 }, () => uuid(r));
    const s = new EventIdStore(4000);
    ids.slice(0, 100).forEach((id, i) => expect(s.add(i, id)).toBe(true));
    const before = s.memoryBytes();
    s.reserve(4000);
    expect(s.memoryBytes()).toBeGreaterThan(before);
    ids.slice(100).forEach((id, i) => expect(s.add(100 + i, id)).toBe(true));
    // Duplicates of early and late ids are still found; reserving less than it holds changes nothing.
    expect(s.add(3000, ids[5])).toBe(false);
    expect(s.add(3000, ids[2999])).toBe(false);
    const full = s.memoryBytes();
    s.reserve(10);
    expect(s.memoryBytes()).toBe(full);
    expect(ids.every((id, i) => s.find(id, 3000) === i)).toBe(true);
  });
});
