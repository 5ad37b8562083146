/**
 * Every error message a search can give, with the part of the query it
 * points at. Parse errors come from parseSearch; the others from runSearch
 * on a small loaded table. The last test checks no message is left untested.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { MESSAGES, type MessageId } from "./messages";
import { parseSearch } from "./parser";
import type { SearchResult } from "./result";
import type { RunContext } from "./run-context";
import { runSearch } from "./run";
import { contextOfRecords, makeRecord } from "./testing/fixture";

/** [message id, query, expected message, the text the error points at] */
type Case = [MessageId, string, string, string];

const PARSE_CASES: Case[] = [
  ["unterminatedString", 'eventName="GetObject', MESSAGES.unterminatedString(), '"GetObject'],
  ["unterminatedField", "* | eval x='abc", MESSAGES.unterminatedField(), "'abc"],
  ["subsearch", "eventName=[search x]", MESSAGES.subsearch(), "["],
  ["badNumber", "* | eval x=3abc", MESSAGES.badNumber("3abc"), "3abc"],
  ["unexpectedChar", "* | eval x=a # b", MESSAGES.unexpectedChar("#"), "#"],
  ["tooLong", "x".repeat(100_001), MESSAGES.tooLong(100_001, 100_000), "x"],
  ["emptyCommand", "eventName=x | | stats count", MESSAGES.emptyCommand(), "|"],
  ["unknownCommand", "* | foo bar", MESSAGES.unknownCommand("foo", ["search", "stats", "timechart", "table", "fields", "sort", "where", "eval", "head", "tail", "top", "rare", "dedup", "rename", "bin", "bucket"]), "foo"],
  ["missing", "* | stats dc(", MESSAGES.missing("stats", "a field name"), ""],
  ["expected", "* | stats count AS (", MESSAGES.expected("stats", "a name after AS", "("), "("],
  ["optionValue", "* | timechart span=, count", MESSAGES.optionValue("timechart", "span"), ","],
  ["unknownOption", "* | timechart foo=1 count", MESSAGES.unknownOption("timechart", "foo", ["span", "bins", "limit", "useother", "usenull", "otherstr", "nullstr"]), "foo"],
  ["unexpectedArg", "* | head 5 6", MESSAGES.unexpectedArg("head", "6"), "6"],
  ["badCount", "* | head x", MESSAGES.badCount("head", "the count", "x"), "x"],
  ["badBool", "* | timechart useother=maybe count by eventName", MESSAGES.badBool("timechart", "useother", "maybe"), "maybe"],
  ["unmatchedClose", "eventName=x)", MESSAGES.unmatchedClose(), ")"],
  ["unclosedParen", "(eventName=x", MESSAGES.unclosedParen(), "("],
  ["unexpectedToken", "eventName=x , y", MESSAGES.unexpectedToken(","), ","],
  ["operatorSides", "eventName=x OR", MESSAGES.operatorSides("OR"), "OR"],
  ["emptyGroup", "eventName=x ()", MESSAGES.emptyGroup(), "()"],
  ["notNeedsTerm", "eventName=x NOT", MESSAGES.notNeedsTerm(), "NOT"],
  ["missingField", "=x", MESSAGES.missingField("="), "="],
  ["missingValue", "eventName=", MESSAGES.missingValue("eventName", "="), "eventName="],
  ["onlyEquals", "index!=main", MESSAGES.onlyEquals("index"), "!="],
  ["emptyIn", "eventName IN ()", MESSAGES.emptyIn("eventName"), "()"],
  ["missingOperator", "* | where a b", MESSAGES.missingOperator("b"), "b"],
  ["unknownFunction", "* | eval x=foo(1)", MESSAGES.unknownFunction("foo"), "foo"],
  ["arity", "* | eval x=substr(a)", MESSAGES.arity("substr", 2, 3, 1), "substr(a)"],
  ["needsCondition", "* | where eventName", MESSAGES.needsCondition(), "eventName"],
  ["needsValue", "* | eval x=a>1", MESSAGES.needsValue(), "a>1"],
  ["badRegex", '* | where match(eventName, "(")', MESSAGES.badRegex("("), '"("'],
  ["casePairs", '* | eval x=case(a=1, "x", "y")', MESSAGES.casePairs(), '"y"'],
  ["unknownStatsFunction", "* | stats cnt", MESSAGES.unknownStatsFunction("stats", "cnt"), "cnt"],
  ["statsNeedsField", "* | stats sum by x", MESSAGES.statsNeedsField("stats", "sum"), "sum"],
  ["statsNeedsFunction", "* | stats by x", MESSAGES.statsNeedsFunction("stats"), "by"],
  ["badSpan", "* | timechart span=1x count", MESSAGES.badSpan("timechart", "1x"), "1x"],
  ["byOneField", "* | timechart count by a, b", MESSAGES.byOneField("timechart"), ","],
  ["needsFields", "* | table", MESSAGES.needsFields("table"), "table"],
  ["renameAs", "* | rename a b", MESSAGES.renameAs(), "b"],
  ["renameWildcards", "* | rename a* AS b", MESSAGES.renameWildcards("a*", "b"), "b"],
  ["evalAssign", "* | eval 1", MESSAGES.evalAssign(), "1"],
  ["whereEmpty", "* | where", MESSAGES.whereEmpty(), "where"],
];

/** Errors that need the loaded data or running the search. */
const RUN_CASES: Case[] = [
  ["unknownField", "eventname=GetObject", MESSAGES.unknownField("eventname", ["eventName"]), "eventname"],
  ["unknownFieldInExpr", "* | where eventName = GetObject", MESSAGES.unknownFieldInExpr("GetObject", []), "GetObject"],
  ["badTime", "earliest=yesterday", MESSAGES.badTime("earliest", "yesterday"), "yesterday"],
  ["badNumberSpan", "* | bin additionalEventData.bytesTransferredOut span=1h", MESSAGES.badNumberSpan("1h"), "bin additionalEventData.bytesTransferredOut span=1h"],
  ["tooManyBuckets", "* | timechart span=1s count", MESSAGES.tooManyBuckets("timechart", 1_209_601), "timechart span=1s count"],
  ["noTime", "* | stats count by eventName | timechart count", MESSAGES.noTime("timechart"), "timechart count"],
];

describe("search errors", () => {
  let ctx: RunContext;

  beforeAll(async () => {
    ctx = await contextOfRecords([
      makeRecord({ eventTime: "2026-01-01T00:00:00Z", additionalEventData: { bytesTransferredOut: 10 } }),
      makeRecord({ eventTime: "2026-01-15T00:00:00Z", eventName: "PutObject" }),
    ]);
  });

  it.each(PARSE_CASES)("%s", (_id, query, message, highlighted) => {
    const r = parseSearch(query);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe(message);
    expect(query.slice(r.error.start, r.error.end).slice(0, highlighted.length || undefined)).toBe(highlighted);
  });

  it.each(RUN_CASES)("%s", async (_id, query, message, highlighted) => {
    expect(parseSearch(query).ok).toBe(true);
    const r = await runSearch(query, ctx);
    expect(r.kind).toBe("error");
    if (r.kind !== "error") return;
    expect(r.error.message).toBe(message);
    expect(query.slice(r.error.start, r.error.end)).toBe(highlighted);
  });

  it("points a missing value at the end of the command", () => {
    const r = parseSearch("* | stats dc(");
    expect(r.ok ? null : [r.error.start, r.error.end]).toEqual([13, 13]);
  });

  it("reports a raw record that cannot be read, and a cancelled search", async () => {
    const failing = { ...ctx, readViews: undefined, readRecords: undefined, readRecord: () => Promise.reject(new Error("demo.jsonl: the file changed")) };
    const read = await runSearch("requestParameters.instanceType=*", failing);
    expect(read).toMatchObject({ kind: "error", error: { message: MESSAGES.readFailed("demo.jsonl: the file changed") } });
    const controller = new AbortController();
    controller.abort();
    const cancelled = await runSearch("requestParameters.instanceType=*", { ...ctx, readViews: undefined, readRecords: undefined, signal: controller.signal });
    expect(cancelled).toMatchObject({ kind: "error", error: { message: MESSAGES.cancelled() } });
  });

  it("turns an unexpected failure into an error result instead of throwing", async () => {
    const broken = { ...ctx, table: undefined as never };
    const r: SearchResult = await runSearch("eventName=x", broken);
    expect(r.kind).toBe("error");
    expect(r.kind === "error" && r.error.message.startsWith("Search failed: ")).toBe(true);
    expect(MESSAGES.internal("x")).toBe("Search failed: x");
  });

  it("has a case for every message", () => {
    const covered = new Set<string>([...PARSE_CASES, ...RUN_CASES].map((c) => c[0]));
    for (const id of ["readFailed", "cancelled", "internal"]) covered.add(id);
    expect([...covered].sort()).toEqual(Object.keys(MESSAGES).sort());
  });
});
