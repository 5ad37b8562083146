import { describe, expect, it } from "vitest";
import { csvLine } from "../../lib/state/csv";
import { eventCsvCell } from "./export-events";

describe("eventCsvCell", () => {
  it.each<[string, string | number | undefined, string]>([
    ["time", Date.UTC(2026, 0, 12, 3, 15), "2026-01-12T03:15:00Z"],
    ["time", Number.NaN, ""],
    ["bytesOut", 48213, "48213"],
    ["bytesOut", Number.NaN, ""],
    ["principal", "", ""],
    ["principal", undefined, ""],
    ["userAgent", '=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ["objectKey", "-2+3", "'-2+3"],
    ["userName", "@SUM(1)", "'@SUM(1)"],
  ])("%s %j → %s", (field, value, out) => expect(csvLine([eventCsvCell(field, value)])).toBe(out));
});
