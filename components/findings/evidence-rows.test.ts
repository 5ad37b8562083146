import { describe, expect, it } from "vitest";
import type { CellValue } from "../../lib/index/types";
import { arnName, evidenceRows } from "./evidence-rows";

const T = Date.UTC(2026, 0, 8, 10, 45);

function makeWindow(columns: Record<string, CellValue[]>, rowIds = [7]) {
  return { start: 0, rowIds: Uint32Array.from(rowIds), columns };
}

describe("evidenceRows", () => {
  it.each([
    ["a user and a policy", { targetUser: ["svc-datasync"], policyArn: ["arn:aws:iam::aws:policy/AdministratorAccess"] }, "user svc-datasync · policy AdministratorAccess"],
    ["a bucket and a key", { bucket: ["faketshirtco-financial-reports"], objectKey: ["2026/q4/merger-plans-2025.docx"] }, "faketshirtco-financial-reports/2026/q4/merger-plans-2025.docx"],
    ["a bucket alone", { bucket: ["b"], objectKey: [""] }, "b"],
    ["a role", { roleName: ["backdoor"] }, "role backdoor"],
    ["nothing", {}, ""],
  ])("folds what the event acted on: %s", (_name, cols, target) => {
    const [row] = evidenceRows(makeWindow({ time: [T], eventName: ["CreateUser"], ...cols }));
    expect(row).toMatchObject({ row: 7, time: T, eventName: "CreateUser", target });
  });

  it("reads absent and hostile columns as empty text", () => {
    const w = makeWindow(JSON.parse('{"__proto__": ["x"], "time": [null]}') as Record<string, CellValue[]>);
    const [row] = evidenceRows(w);
    expect(row).toMatchObject({ eventId: "", principal: "", target: "", sourceIp: "" });
    expect(Number.isNaN(row!.time)).toBe(true);
  });

  it("names an ARN by its last segment", () => {
    expect(arnName("arn:aws:iam::123456789012:policy/team/Custom")).toBe("Custom");
    expect(arnName("AdministratorAccess")).toBe("AdministratorAccess");
    expect(arnName("ends/")).toBe("ends/");
  });
});
