import { describe, expect, it } from "vitest";
import { inputLabel } from "./input-label";

describe("inputLabel", () => {
  it.each([
    [[], "nothing"],
    [["a.json"], "a.json"],
    [["a.json", "b.json.gz"], "2 files"],
    [["logs/AWSLogs/1/CloudTrail/us-east-1/2026/01/01/x.json.gz", "logs/y.json"], "logs/"],
    [["logs/x.json", "other/y.json"], "2 files"],
    [["logs/x.json", "top.json"], "2 files"],
    [["__proto__"], "__proto__"],
  ])("%j → %s", (paths, label) => expect(inputLabel(paths)).toBe(label));
});
