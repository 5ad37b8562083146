/** eval functions, operators and Splunk's comparison rules, one expression at a time (on the CreateUser event of the small dataset). */
import { describe, expect, it } from "vitest";
import { strftime, strptime } from "./time-format";
import { parseSpan, parseTimeModifier } from "./time-units";
import { run } from "./testing/small";

async function value(expr: string): Promise<unknown> {
  const r = await run(`eventName=CreateUser | eval v=${expr} | table v`);
  return r.rows[0][0];
}

async function holds(cond: string): Promise<boolean> {
  const r = await run(`eventName=CreateUser | where ${cond}`);
  return r.kind === "events" && r.rowIds.length === 1;
}

const T = Date.UTC(2026, 0, 12, 3, 15, 0) / 1000;

describe("eval", () => {
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 / 4", 2.5],
    ["7 % 3", 1],
    ["1 / 0", null],
    ['"10" + 5', 15],
    ['"a" + "b"', "ab"],
    ['"a" . 1 . "b"', "a1b"],
    ["eventName . \"!\"", "CreateUser!"],
    ["errorCode . \"x\"", null],
    ["-additionalEventData.bytesTransferredOut", null],
    ['if(eventName="CreateUser", "yes", "no")', "yes"],
    ['case(1=2, "a", eventName LIKE "Create%", "b")', "b"],
    ['case(1=2, "a")', null],
    ['coalesce(errorCode, requestParameters.userName, "x")', "svc-datasync"],
    ["null()", null],
    ["lower(eventName)", "createuser"],
    ["upper(userIdentity.userName)", "MIKE.CHEN"],
    ["len(eventName)", 10],
    ['substr("splunk", 1, 3)', "spl"],
    ['substr("splunk", -3)', "unk"],
    ['substr("splunk", 3)', "lunk"],
    ['trim("  a b  ")', "a b"],
    ['ltrim("xxaxx", "x")', "axx"],
    ['replace("a-b-c", "-", "+")', "a+b+c"],
    ['replace("2026-01-12", "(\\d+)-(\\d+)-(\\d+)", "\\3/\\2/\\1")', "12/01/2026"],
    ['mvcount(split("a,b,c", ","))', 3],
    ['mvjoin(split("a,b,c", ","), "|")', "a|b|c"],
    ['mvindex(split("a,b,c", ","), -1)', "c"],
    ['split("a,b", ",")', "a\nb"],
    ['tonumber("42")', 42],
    ['tonumber("1F", 16)', 31],
    ['tonumber("abc")', null],
    ['tostring(1234567, "commas")', "1,234,567"],
    ['tostring(255, "hex")', "0xFF"],
    ['tostring(90061, "duration")', "1+01:01:01"],
    ["tostring(2.5)", "2.5"],
    ["round(2.567, 2)", 2.57],
    ["round(-2.5)", -3],
    ["abs(-3)", 3],
    ["floor(2.7) + ceil(2.1)", 5],
    ["pow(2, 10)", 1024],
    ["sqrt(16)", 4],
    ["max(3, 10, 2)", 10],
    ['min("b", "a")', "a"],
    ['typeof("x") . typeof(1) . typeof(errorCode)', "StringNumberInvalid"],
    [`strftime(${T}, "%Y-%m-%dT%H:%M:%S%z %a %b %j %p %I")`, "2026-01-12T03:15:00+0000 Mon Jan 012 AM 03"],
    ['strftime(_time, "%H")', "23"],
    ['strftime(_time, "%F %T")', "2026-01-06 23:30:00"],
    ['strptime("2026-01-12 03:15:00", "%Y-%m-%d %H:%M:%S")', T],
    ['strptime("01/12/2026:03:15:00", "%m/%d/%Y:%H:%M:%S")', T],
    ['strptime("2026-01-12T05:15:00+02:00", "%Y-%m-%dT%H:%M:%S%z")', T],
    ['strptime("12 Jan 2026 3:15 AM", "%d %b %Y %I:%M %p")', T],
    ['strptime("2026-02-30", "%Y-%m-%d")', null],
    ['strptime("nope", "%Y")', null],
    ["_time", Date.parse("2026-01-06T23:30:00Z") / 1000],
  ])("%s → %j", async (expr, expected) => {
    // eval sees _time as epoch seconds, as Splunk does (only a column named _time is shown in ms).
    expect(await value(expr)).toEqual(expected);
  });
});

describe("where: Splunk's comparisons", () => {
  it.each([
    ['"03" < 6', true],
    ['"03" = 3', true],
    ['"10" > "9"', true],
    ['"abc" < "abd"', true],
    ['"b" > "a"', true],
    ['"B" < "a"', true],
    ["errorCode = errorCode", false],
    ["errorCode != 1", false],
    ["isnull(errorCode) AND isnotnull(eventName)", true],
    ['NOT eventName = "GetObject"', true],
    ['eventName = "createuser"', false],
    ['1 = 2 OR 2 = 2 AND 3 = 3', true],
    ['1 = 1 XOR 2 = 2', false],
    ['match("abc", "^a.c$")', true],
    ['like("abc", "a_c")', true],
    ['in("b", "a", "b")', true],
    ["isnum(\"3.5\") AND isstr(eventName) AND isint(4)", true],
  ])("%s is %s", async (cond, expected) => {
    expect(await holds(cond)).toBe(expected);
  });
});

describe("time helpers", () => {
  it.each([
    [0, "%Y-%m-%d %H:%M:%S", "1970-01-01 00:00:00"],
    [1.25, "%S.%3N", "01.250"],
    [T, "%s %e %k %l %u %w %V %U", `${T} 12  3  3 1 1 03 02`],
    [T, "%A %B %y %C %R %D %Z %%", "Monday January 26 20 03:15 01/12/26 UTC %"],
  ])("strftime(%s, %j) = %j", (t, fmt, expected) => {
    expect(strftime(t, fmt)).toBe(expected);
  });

  it("parses and rejects times", () => {
    expect(strptime("1768187700", "%s")).toBe(T);
    expect(strptime("2026-01-12T03:15:00.5Z", "%Y-%m-%dT%H:%M:%S.%N%z")).toBe(T + 0.5);
    expect(strptime("2026-01-12 extra", "%Y-%m-%d")).toBeNull();
    expect(strftime(NaN, "%Y")).toBeNull();
  });

  it.each([
    ["1h", { ms: 3_600_000 }],
    ["30m", { ms: 1_800_000 }],
    ["15", { ms: 15_000 }],
    ["1d", { ms: 86_400_000 }],
    ["2w", { ms: 14 * 86_400_000 }],
    ["1mon", { months: 1 }],
    ["1q", { months: 3 }],
    ["1x", null],
    ["0h", null],
  ])("span %s", (text, expected) => {
    expect(parseSpan(text)).toEqual(expected);
  });

  const NOW = Date.UTC(2026, 0, 15, 10, 30);
  it.each([
    ["now", NOW],
    ["-1h", NOW - 3_600_000],
    ["-7d@d", Date.UTC(2026, 0, 8)],
    ["@d", Date.UTC(2026, 0, 15)],
    ["-1mon@mon", Date.UTC(2025, 11, 1)],
    ["@w0", Date.UTC(2026, 0, 11)],
    ["1768187700", T * 1000],
    ["01/12/2026:03:15:00", T * 1000],
    ["2026-01-12", Date.UTC(2026, 0, 12)],
    ["2026-01-12T03:15:00", T * 1000],
    ["2026-01-12T05:15:00+02:00", T * 1000],
    ["tomorrow", null],
  ])("time modifier %s", (text, expected) => {
    expect(parseTimeModifier(text, NOW)).toBe(expected);
  });
});
