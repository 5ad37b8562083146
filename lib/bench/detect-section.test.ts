import { describe, expect, it } from "vitest";
import { demoSource, load } from "../detect/testing/load";
import { benchDetect } from "./detect-section";

describe("benchmark detection section", () => {
  it("runs every rule on the loaded dataset and counts the findings", async () => {
    const { data } = await load([demoSource()]);
    const result = await benchDetect(data);
    // The demo's backdoor, admin grant and four night bursts at least.
    expect(result.findings).toBeGreaterThanOrEqual(6);
    expect(result.ms).toBeGreaterThan(0);
  });
});
