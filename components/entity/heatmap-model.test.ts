import { describe, expect, it } from "vitest";
import type { Heatmap } from "../../lib/worker/entity-types";
import { cellLabel, cellRange, heatLevel, heatRows, HEAT_LEVELS, isNightHour, OFF_HOURS_TEXT } from "./heatmap-model";

const DAY = 86_400_000;
const heatmap = (over: Partial<Heatmap>): Heatmap => ({ start: Date.UTC(2026, 0, 1), daysPerRow: 1, rows: 14, counts: new Uint32Array(14 * 24), eventName: "", max: 0, ...over });

describe("heatRows", () => {
  it("labels one-day rows with their date and weekday and marks weekends", () => {
    const rows = heatRows(heatmap({}));
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatchObject({ label: "2026-01-01", weekday: "Thu", weekend: false, start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 2) });
    expect(rows[2]).toMatchObject({ label: "2026-01-03", weekday: "Sat", weekend: true });
    expect(rows[10]).toMatchObject({ label: "2026-01-11", weekday: "Sun", weekend: true });
  });

  it("labels multi-day rows with their first and last day", () => {
    const rows = heatRows(heatmap({ daysPerRow: 3, rows: 2 }));
    expect(rows.map((r) => r.label)).toEqual(["2026-01-01 → 01-03", "2026-01-04 → 01-06"]);
    expect(rows[1]).toMatchObject({ weekday: "", weekend: false, end: Date.UTC(2026, 0, 7) });
  });
});

describe("heatLevel", () => {
  it.each([
    [0, 10, 0],
    [1, 0, 0],
    [1, 1, HEAT_LEVELS],
    [1, 1000, 1],
    [1000, 1000, HEAT_LEVELS],
    [30, 1000, 3],
  ])("%d of a max of %d is level %d", (count, max, level) => {
    expect(heatLevel(count, max)).toBe(level);
  });

  it("never decreases as the count grows", () => {
    let prev = 0;
    for (let n = 0; n <= 500; n++) {
      const l = heatLevel(n, 500);
      expect(l).toBeGreaterThanOrEqual(prev);
      prev = l;
    }
  });
});

describe("cells", () => {
  const [row] = heatRows(heatmap({}));
  it.each([
    [1, 8, "GetObject", "2026-01-01 01:00–02:00 UTC: 8 GetObject events"],
    [23, 1, "", "2026-01-01 23:00–24:00 UTC: 1 event"],
    [4, 0, "", "2026-01-01 04:00–05:00 UTC: no events"],
    [9, 1234, "", "2026-01-01 09:00–10:00 UTC: 1,234 events"],
  ])("hour %d with %d events (%s)", (hour, count, name, text) => {
    expect(cellLabel(row!, hour, count, name)).toBe(text);
  });

  it("gives one-day cells an hour-long time range", () => {
    expect(cellRange(row!, 3, 1)).toEqual({ start: Date.UTC(2026, 0, 1, 3), end: Date.UTC(2026, 0, 1, 4) });
    expect(cellRange(row!, 3, 2)).toBeNull();
    expect(Date.UTC(2026, 0, 2) - Date.UTC(2026, 0, 1)).toBe(DAY);
  });

  it("calls 22:00–06:00 night", () => {
    expect([...Array(24).keys()].filter(isNightHour)).toEqual([0, 1, 2, 3, 4, 5, 22, 23]);
    expect(OFF_HOURS_TEXT).toBe("22:00–06:00 UTC and weekends");
  });
});
