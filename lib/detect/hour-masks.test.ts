import { describe, expect, it } from "vitest";
import { hourRanges, widen } from "./hour-masks";

const mask = (...hours: number[]) => hours.reduce((m, h) => m | (1 << h), 0);

describe("hour masks", () => {
  it.each([
    ["office hours by one", mask(9, 10, 11), 1, mask(8, 9, 10, 11, 12)],
    ["wraps past midnight", mask(23), 1, mask(22, 23, 0)],
    ["wraps before midnight", mask(0), 2, mask(22, 23, 0, 1, 2)],
    ["nothing stays nothing", 0, 2, 0],
  ])("widen: %s", (_name, m, by, expected) => expect(widen(m, by)).toBe(expected));

  it.each([
    [mask(1, 2, 3, 4), ["01:00–05:00"]],
    [mask(23), ["23:00–00:00"]],
    [mask(0, 5, 6), ["00:00–01:00", "05:00–07:00"]],
  ])("hourRanges(%i)", (m, expected) => expect(hourRanges(m)).toEqual(expected));
});
