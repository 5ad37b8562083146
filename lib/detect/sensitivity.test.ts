import { describe, expect, it } from "vitest";
import { bucketSensitivity, sensitivityFromName } from "./sensitivity";

describe("bucket sensitivity", () => {
  it.each([
    ["faketshirtco-financial-reports", "high"],
    ["faketshirtco-prod-data", "medium"],
    ["faketshirtco-backups", "medium"],
    ["acme-payroll-2025", "high"],
    ["corp-hr-records", "high"],
    ["legal.contracts", "high"],
    ["customer-exports", "medium"],
    ["faketshirtco-build-artifacts", "low"],
    ["chrome-extensions", "low"],
  ])("%s → %s", (bucket, level) => expect(bucketSensitivity()(bucket)).toBe(level));

  it("lets an analyst override the defaults and the name heuristic", () => {
    const lookup = bucketSensitivity(new Map([["faketshirtco-financial-reports", "low"], ["__proto__", "high"]] as const));
    expect(lookup("faketshirtco-financial-reports")).toBe("low");
    expect(lookup("__proto__")).toBe("high");
    expect(sensitivityFromName("constructor")).toBe("low");
  });
});
