import { describe, expect, it } from "vitest";
import { applyCompletion, completionAt, matchCandidates, valueText, type CompletionContext } from "./completion";

/** The text with `‸` marking the caret, as [text, caret]. */
function at(marked: string): [string, number] {
  const caret = marked.indexOf("‸");
  return [marked.replace("‸", ""), caret];
}

describe("completionAt", () => {
  it.each<[string, CompletionContext | null]>([
    ["index=cloud | st‸", { kind: "command", prefix: "st", start: 14, end: 16 }],
    ["index=cloud |‸", { kind: "command", prefix: "", start: 13, end: 13 }],
    ["index=cloud\n| ti‸mechart", { kind: "command", prefix: "ti", start: 14, end: 23 }],
    ["eventNa‸", { kind: "field", prefix: "eventNa", start: 0, end: 7 }],
    ["index=cloud userIdentity.user‸", { kind: "field", prefix: "userIdentity.user", start: 12, end: 29 }],
    ["x | stats count by userIdentity.u‸, bucket", { kind: "field", prefix: "userIdentity.u", start: 19, end: 33 }],
    ["x | where hou‸ < 6", { kind: "field", prefix: "hou", start: 10, end: 13 }],
    ["eventName=Get‸", { kind: "value", field: "eventName", prefix: "Get", start: 10, end: 13, quoted: false }],
    ["eventName=‸ demo_id=exfil", { kind: "value", field: "eventName", prefix: "", start: 10, end: 10, quoted: false }],
    ["eventName!=Li‸st", { kind: "value", field: "eventName", prefix: "Li", start: 11, end: 15, quoted: false }],
    ['bucket="fake‸"', { kind: "value", field: "bucket", prefix: "fake", start: 7, end: 13, quoted: true }],
    ['bucket="fake‸', { kind: "value", field: "bucket", prefix: "fake", start: 7, end: 12, quoted: true }],
    ["x | search principal=al‸", { kind: "value", field: "principal", prefix: "al", start: 21, end: 23, quoted: false }],
    ["x | timechart span=1‸", null],
    ['x | where match(a, "Adm‸")', null],
    ['"free text‸"', null],
    ["a=1 | stats count | sort - 12‸", null],
    ['x="a|b" | so‸', { kind: "command", prefix: "so", start: 10, end: 12 }],
    ['x="a\\"|b" st‸', { kind: "field", prefix: "st", start: 10, end: 12 }],
  ])("%s", (marked, expected) => {
    const [text, caret] = at(marked);
    expect(completionAt(text, caret)).toEqual(expected);
  });
});

describe("matchCandidates", () => {
  const fields = ["eventName", "eventSource", "userIdentity.userName", "requestParameters.userName", "userName"];
  it.each([
    ["event", ["eventName", "eventSource"]],
    ["USERN", ["userName", "userIdentity.userName", "requestParameters.userName"]],
    ["userName", ["userIdentity.userName", "requestParameters.userName"]],
    ["zzz", []],
  ])("%s", (prefix, expected) => {
    expect(matchCandidates(fields, prefix)).toEqual(expected);
  });

  it("stops at the limit", () => {
    expect(matchCandidates(["a1", "a2", "a3"], "a", 2)).toEqual(["a1", "a2"]);
  });
});

describe("valueText", () => {
  it.each([
    ["GetObject", false, "GetObject"],
    ["faketshirtco-financial-reports", false, "faketshirtco-financial-reports"],
    ["s3.amazonaws.com", false, "s3.amazonaws.com"],
    ["two words", false, '"two words"'],
    ["OR", false, '"OR"'],
    ["a*b", false, '"a*b"'],
    ['say "x"', false, '"say \\"x\\""'],
    ["GetObject", true, '"GetObject"'],
  ])("%j (quoted: %s) → %s", (value, quoted, out) => {
    expect(valueText(value, quoted)).toBe(out);
  });
});

describe("applyCompletion", () => {
  it.each([
    ["index=cloud | st‸", "stats", "index=cloud | stats ‸"],
    ["index=cloud | st‸ count", "stats", "index=cloud | stats‸ count"],
    ["eventNa‸=GetObject", "eventName", "eventName‸=GetObject"],
    ["eventName=Get‸", "GetObject", "eventName=GetObject‸"],
    ['bucket="fake‸"', "faketshirtco financial", 'bucket="faketshirtco financial"‸'],
    ["userAgent=aws‸", "aws-cli/2.15 Python", 'userAgent="aws-cli/2.15 Python"‸'],
  ])("%s + %s → %s", (marked, choice, expected) => {
    const [text, caret] = at(marked);
    const ctx = completionAt(text, caret);
    expect(ctx).not.toBeNull();
    const out = applyCompletion(text, ctx!, choice);
    expect(out.text.slice(0, out.caret) + "‸" + out.text.slice(out.caret)).toBe(expected);
  });
});
