import { describe, expect, it } from "vitest";
import { formatSpan, mitreTechnique, severityLabel, stageLabel } from "./finding-text";

const utc = Date.UTC;

describe("formatSpan", () => {
  it.each([
    ["within a day", utc(2026, 0, 8, 10, 45), utc(2026, 0, 8, 10, 46), "utc", "2026-01-08 10:45:00 – 10:46:00 UTC"],
    ["across days", utc(2026, 0, 11, 1, 17, 42), utc(2026, 0, 14, 4, 40, 31), "utc", "2026-01-11 01:17:42 – 2026-01-14 04:40:31 UTC"],
    ["an instant", utc(2026, 0, 8, 10, 46), utc(2026, 0, 8, 10, 46), "utc", "2026-01-08 10:46:00 UTC"],
    ["local time, two hours ahead", utc(2026, 0, 8, 23, 0), utc(2026, 0, 8, 23, 30), "local", "2026-01-09 01:00:00 – 01:30:00 local"],
  ] as const)("%s", (_name, start, end, tz, text) => {
    expect(formatSpan(start, end, tz, () => -120)).toBe(text);
  });
});

describe("labels", () => {
  it("names techniques from the catalogue and leaves unknown ids bare", () => {
    expect(mitreTechnique("T1136.003")).toEqual({ id: "T1136.003", name: "Create Account: Cloud Account" });
    expect(mitreTechnique("__proto__")).toEqual({ id: "__proto__", name: "" });
    expect(mitreTechnique("T9999")).toEqual({ id: "T9999", name: "" });
  });

  it("names severities and stages", () => {
    expect(severityLabel("critical")).toBe("Critical");
    expect(stageLabel("privilege-escalation")).toBe("Privilege escalation");
  });
});
