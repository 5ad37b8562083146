import { describe, expect, it } from "vitest";
import { createAppStore } from "../../lib/state/store";
import { urlStateOf } from "../../lib/state/url-state";
import type { AnalystNote, NoteTarget } from "../../lib/story/note";
import { editNote, eventTargetOf, newNote, noteMarks, sameTarget, storedNotes, storyOrder, targetHref, targetText } from "./note-model";

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 0, 8, 0, 0, 0);

function makeNote(overrides: Partial<AnalystNote> = {}): AnalystNote {
  return { id: "n1", text: "looks odd", target: { kind: "principal", principal: "alex.miller" }, createdAt: T0, ...overrides };
}

describe("newNote / editNote", () => {
  it("makes a validated note", () => {
    const r = newNote({ kind: "bucket", bucket: "fakeshirtco-designs" }, "**why** here", T0, "abc-1");
    expect(r).toEqual({ ok: true, note: { id: "abc-1", text: "**why** here", target: { kind: "bucket", bucket: "fakeshirtco-designs" }, createdAt: T0 } });
  });

  it.each([
    ["an empty text", { kind: "principal", principal: "x" } as NoteTarget, "  ", "n1", /text: write something/],
    ["an empty range", { kind: "time", start: T0, end: T0 } as NoteTarget, "x", "n1", /end: start must be before end/],
    ["a bad id", { kind: "principal", principal: "x" } as NoteTarget, "x", "-bad id", /id: /],
    ["an empty principal", { kind: "principal", principal: "" } as NoteTarget, "x", "n1", /target\.principal/],
  ])("refuses %s", (_, target, text, id, error) => {
    const r = newNote(target, text, T0, id);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(error);
  });

  it("edits the text and stamps the edit time, keeping the rest", () => {
    const r = editNote(makeNote(), "new text", T0 + 5);
    expect(r).toEqual({ ok: true, note: { ...makeNote(), text: "new text", updatedAt: T0 + 5 } });
    expect(editNote(makeNote(), "", T0).ok).toBe(false);
  });
});

describe("storedNotes", () => {
  it("keeps valid notes newest first and counts the rest", () => {
    const older = makeNote({ id: "a", createdAt: T0 });
    const newer = makeNote({ id: "b", createdAt: T0 + 1 });
    const polluted = JSON.parse('{"id":"c","text":"x","target":{"kind":"principal","principal":"p"},"createdAt":1,"__proto__":{"admin":true}}');
    const { notes, dropped } = storedNotes([older, null, "text", { id: "d" }, newer, polluted]);
    expect(notes.map((n) => n.id)).toEqual(["b", "a"]);
    expect(dropped).toBe(4);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe("eventTargetOf", () => {
  it.each([
    [{ eventId: "e-1", time: T0 }, { kind: "event", eventId: "e-1", time: T0 }],
    [{ eventId: "e-1", time: Number.NaN }, { kind: "event", eventId: "e-1" }],
    [{ eventId: "", time: T0 }, null],
    [{ time: T0 }, null],
    [Object.assign(Object.create({ eventId: "inherited" }), { time: T0 }), null],
  ])("%o → %o", (fields, target) => {
    expect(eventTargetOf(fields)).toEqual(target);
  });
});

describe("sameTarget / targetText / targetHref", () => {
  it.each([
    [{ kind: "event", eventId: "e", time: 1 }, { kind: "event", eventId: "e" }, true],
    [{ kind: "event", eventId: "e" }, { kind: "event", eventId: "f" }, false],
    [{ kind: "time", start: 1, end: 2 }, { kind: "time", start: 1, end: 2 }, true],
    [{ kind: "time", start: 1, end: 2 }, { kind: "time", start: 1, end: 3 }, false],
    [{ kind: "principal", principal: "a" }, { kind: "bucket", bucket: "a" }, false],
    [{ kind: "bucket", bucket: "a" }, { kind: "bucket", bucket: "a" }, true],
  ] as [NoteTarget, NoteTarget, boolean][])("%o vs %o → %s", (a, b, same) => {
    expect(sameTarget(a, b)).toBe(same);
  });

  it("names targets as plain text", () => {
    const fmt = (ms: number) => new Date(ms).toISOString();
    expect(targetText({ kind: "event", eventId: "<b>e</b>", time: T0 }, fmt)).toBe(`event <b>e</b> at ${fmt(T0)}`);
    expect(targetText({ kind: "time", start: T0, end: T0 + HOUR }, fmt)).toBe(`time ${fmt(T0)} – ${fmt(T0 + HOUR)}`);
    expect(targetText({ kind: "bucket", bucket: "b" }, fmt)).toBe("bucket b");
  });

  it.each([
    [{ kind: "event", eventId: "e 1" }, /^\/timeline\?.*event=e(\+|%20)1/],
    [{ kind: "principal", principal: "alex.miller" }, /^\/users\?.*principal=alex\.miller/],
    [{ kind: "bucket", bucket: "fakeshirtco-designs" }, /^\/buckets\?.*bucket=fakeshirtco-designs/],
    [{ kind: "time", start: T0, end: T0 + HOUR }, /^\/timeline\?.*from=/],
  ] as [NoteTarget, RegExp][])("links %o", (target, href) => {
    expect(targetHref(target, urlStateOf(createAppStore().getState()))).toMatch(href);
  });
});

describe("noteMarks", () => {
  const axis = { first: T0, spanMs: HOUR, buckets: 24 };
  it("snaps event notes to their bucket and time notes to the buckets they touch", () => {
    const marks = noteMarks(
      [
        makeNote({ id: "a", target: { kind: "event", eventId: "e1", time: T0 + 2.5 * HOUR } }),
        makeNote({ id: "b", target: { kind: "event", eventId: "e2", time: T0 + 2.9 * HOUR } }),
        makeNote({ id: "c", target: { kind: "time", start: T0 + HOUR, end: T0 + 4 * HOUR } }),
        makeNote({ id: "d", target: { kind: "event", eventId: "e3" } }),
        makeNote({ id: "e" }),
      ],
      axis,
    );
    expect(marks).toEqual([
      { key: `event:${T0 + 2 * HOUR}:${T0 + 2 * HOUR}`, kind: "event", x1: T0 + 2 * HOUR, x2: T0 + 2 * HOUR, count: 2 },
      { key: `time:${T0 + HOUR}:${T0 + 3 * HOUR}`, kind: "time", x1: T0 + HOUR, x2: T0 + 3 * HOUR, count: 1 },
    ]);
  });

  it("clips ranges to the axis and leaves out what lies outside it", () => {
    const marks = noteMarks(
      [
        makeNote({ id: "a", target: { kind: "time", start: T0 - 5 * HOUR, end: T0 + HOUR } }),
        makeNote({ id: "b", target: { kind: "event", eventId: "e", time: T0 + 30 * HOUR } }),
        makeNote({ id: "c", target: { kind: "event", eventId: "e", time: T0 - 1 } }),
      ],
      axis,
    );
    expect(marks.map((m) => [m.x1, m.x2])).toEqual([[T0, T0]]);
    expect(noteMarks([makeNote({ target: { kind: "event", eventId: "e", time: T0 } })], { ...axis, buckets: 0 })).toEqual([]);
  });
});

describe("storyOrder", () => {
  it("orders by when the target happened, then by when the note was written", () => {
    const notes = [
      makeNote({ id: "late-event", target: { kind: "event", eventId: "e", time: T0 + 10 }, createdAt: 1 }),
      makeNote({ id: "range", target: { kind: "time", start: T0 + 5, end: T0 + 50 }, createdAt: 2 }),
      makeNote({ id: "principal", createdAt: T0 + 7 }),
    ];
    expect(storyOrder(notes).map((n) => n.id)).toEqual(["range", "principal", "late-event"]);
  });
});
