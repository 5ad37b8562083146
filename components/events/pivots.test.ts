import { describe, expect, it } from "vitest";
import type { CellValue } from "../../lib/index/types";
import { AROUND_MS, pivotsFor } from "./pivots";

function makeFields(overrides: Record<string, CellValue> = {}): (field: string) => CellValue {
  const values = new Map<string, CellValue>(Object.entries({ principal: "alex.miller", sourceIp: "10.10.30.55", accessKeyId: "AKIAEXAMPLE", time: 1_000_000, ...overrides }));
  return (f) => values.get(f) ?? "";
}

describe("pivotsFor", () => {
  it("offers every pivot of a full event", () => {
    const pivots = pivotsFor(makeFields());
    expect(pivots.map((p) => p.label)).toEqual(["This principal", "This IP", "This access key", "±5 minutes around this event"]);
    expect(pivots[0]!.filters).toEqual({ chips: [{ field: "principal", value: "alex.miller", negate: false }] });
    expect(pivots[3]!.filters).toEqual({ timeRange: { start: 1_000_000 - AROUND_MS, end: 1_000_000 + AROUND_MS + 1 } });
  });

  it("pivots on a value holding a star literally", () => {
    const pivots = pivotsFor(makeFields({ principal: "svc-*" }));
    expect(pivots[0]!.filters).toEqual({ chips: [{ field: "principal", value: "svc-*", negate: false, exact: true }] });
  });

  it("leaves out pivots the event has no value for", () => {
    const pivots = pivotsFor(makeFields({ accessKeyId: "", sourceIp: "", time: Number.NaN }));
    expect(pivots.map((p) => p.id)).toEqual(["principal"]);
  });
});
