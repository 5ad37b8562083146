import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv (search results)", () => {
  it("writes a header, CRLF rows, ISO times, numbers as numbers and empty cells as nothing", () => {
    const csv = toCsv(
      ["_time", "userIdentity.userName", "count", "note"],
      [
        [Date.UTC(2026, 0, 8, 10, 45), "alex.miller", 169, null],
        [Date.UTC(2026, 0, 6, 17, 43, 7), "mike.chen", -3, "=1+1"],
      ],
    );
    expect(csv).toBe(
      "_time,userIdentity.userName,count,note\r\n2026-01-08T10:45:00Z,alex.miller,169,\r\n2026-01-06T17:43:07Z,mike.chen,-3,'=1+1\r\n",
    );
  });

  it("neutralises a hostile header (timechart columns are record values) and quotes what needs it", () => {
    expect(toCsv(["_time", "=cmd|x", "a,b"], [[0, 1, "x\ny"]])).toBe(`_time,'=cmd|x,"a,b"\r\n1970-01-01T00:00:00Z,1,"x\ny"\r\n`);
  });
});
