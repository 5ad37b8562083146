import { describe, expect, it } from "vitest";
import { csvCell, csvField, neutralizeFormula, toCsvText } from "./csv";

describe("neutralizeFormula", () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["alex.miller", "alex.miller"],
    ["a=b", "a=b"],
    [" =1", " =1"],
    ["", ""],
  ])("%j → %j", (text, out) => expect(neutralizeFormula(text)).toBe(out));
});

describe("csvField", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rinside", '"cr\rinside"'],
    [" padded", '" padded"'],
    ["trailing ", '"trailing "'],
  ])("%j → %j", (text, out) => expect(csvField(text)).toBe(out));
});

describe("csvCell", () => {
  it.each<[string | number | null | undefined, string]>([
    [null, ""],
    [undefined, ""],
    [Number.NaN, ""],
    [Number.POSITIVE_INFINITY, ""],
    [-3, "-3"],
    [1.5, "1.5"],
    ["-3", "'-3"],
    ['=A1,"x"', `"'=A1,""x"""`],
    ["\r=1", `"'\r=1"`],
    ["<script>alert(1)</script>", "<script>alert(1)</script>"],
  ])("%j → %j", (cell, out) => expect(csvCell(cell)).toBe(out));
});

describe("toCsvText", () => {
  it("writes the header and rows CRLF-terminated, neutralising hostile header cells too", () => {
    expect(toCsvText(["name", "@count"], [["=evil", 2], ["ok", null]])).toBe("name,'@count\r\n'=evil,2\r\nok,\r\n");
  });

  it("writes a header alone when there are no rows", () => {
    expect(toCsvText(["a"], [])).toBe("a\r\n");
  });
});
