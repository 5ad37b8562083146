import { describe, expect, it } from "vitest";
import type { AnalystNote, NoteTarget } from "../../lib/story/note";
import { eventNoteCounts, noteCountOf } from "./event-note-badge";

const note = (id: string, target: NoteTarget): AnalystNote => ({ id, text: "x", target, createdAt: 0 });

describe("eventNoteCounts / noteCountOf", () => {
  const counts = eventNoteCounts([
    note("n1", { kind: "event", eventId: "e-1" }),
    note("n2", { kind: "event", eventId: "e-1", time: 5 }),
    note("n3", { kind: "event", eventId: "e-2" }),
    note("n4", { kind: "principal", principal: "e-1" }),
  ]);

  it("counts the notes pinned to each event, and only those", () => {
    expect([...counts]).toEqual([
      ["e-1", 2],
      ["e-2", 1],
    ]);
  });

  it("reads 0 for an event without notes and for a missing or non-text eventID value", () => {
    expect(noteCountOf(counts, "e-1")).toBe(2);
    expect(noteCountOf(counts, "e-3")).toBe(0);
    expect(noteCountOf(counts, "")).toBe(0);
    expect(noteCountOf(counts, 42)).toBe(0);
  });
});
