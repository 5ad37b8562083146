import { describe, expect, it } from "vitest";
import type { Finding } from "../detect/finding";
import type { BucketRow, PrincipalRow } from "../worker/entity-types";
import { toCsvText } from "./csv";
import { bucketsTable, findingsTable, principalsTable } from "./table-exports";

const HOSTILE = '=HYPERLINK("http://evil.example","x")';
const T = Date.UTC(2026, 0, 12, 3, 15);

function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: "r:1", rule: "s3-mass-download", title: "Mass download", severity: "high", mitre: ["T1530", "T1567"], principal: HOSTILE,
    start: T, end: T + 60_000, rows: [1, 2, 3], eventIds: ["a", "b", "c"], summary: "-1 files @ night", entities: {}, stage: "exfiltration",
    ...overrides,
  } as Finding;
}

describe("table exports", () => {
  it("writes findings with ISO times and formula-safe text", () => {
    const t = findingsTable([makeFinding()]);
    const csv = toCsvText(t.header, t.rows);
    expect(csv).toBe(
      "start,end,severity,rule,title,principal,summary,mitre,events,stage\r\n" +
        `2026-01-12T03:15:00Z,2026-01-12T03:16:00Z,high,s3-mass-download,Mass download,"'=HYPERLINK(""http://evil.example"",""x"")",'-1 files @ night,T1530 T1567,3,exfiltration\r\n`,
    );
  });

  it("writes principals and buckets with hostile names neutralised", () => {
    const p = { name: "@evil", type: "IAMUser", events: 2, apis: 1, errors: 0, errorRate: 0, firstSeen: T, lastSeen: Number.NaN, sourceIps: 1, offHours: 2, offHoursShare: 1, sensitive: 0 } as PrincipalRow;
    const pt = principalsTable([p]);
    expect(toCsvText(pt.header, pt.rows).split("\r\n")[1]).toBe("'@evil,IAMUser,2,1,0,2026-01-12T03:15:00Z,,1,2,0");
    const b = { bucket: "+bucket", sensitivity: "high", events: 5, reads: 4, writes: 1, objects: 3, principals: 1, offHours: 0, errors: 0 } as BucketRow;
    const bt = bucketsTable([b]);
    expect(toCsvText(bt.header, bt.rows).split("\r\n")[1]).toBe("'+bucket,high,5,4,1,3,1,0,0");
  });
});
