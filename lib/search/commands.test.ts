/** Every command on the small dataset, with answers read off testing/small.ts by eye. */
import { describe, expect, it } from "vitest";
import { run } from "./testing/small";

const T = (iso: string): number => Date.parse(iso);

async function rows(q: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const r = await run(q);
  return { columns: r.columns, rows: r.rows };
}

describe("stats", () => {
  it.each([
    ["stats count", ["count"], [[6]]],
    ["search eventName=nothing | stats count, dc(eventName), sum(additionalEventData.bytesTransferredOut)", ["count", "dc(eventName)", "sum(additionalEventData.bytesTransferredOut)"], [[0, 0, null]]],
    ["stats count by eventName", ["eventName", "count"], [["CreateUser", 1], ["GetObject", 3], ["Invoke", 1], ["PutObject", 1]]],
    ["stats count(userIdentity.userName) AS users, c AS n", ["users", "n"], [[5, 6]]],
    ["stats dc(requestParameters.key) as keys by requestParameters.bucketName", ["requestParameters.bucketName", "keys"], [["fin", 2], ["prod", 2]]],
    [
      "stats sum(additionalEventData.bytesTransferredOut), avg(additionalEventData.bytesTransferredOut), min(additionalEventData.bytesTransferredOut), max(additionalEventData.bytesTransferredOut)",
      ["sum(additionalEventData.bytesTransferredOut)", "avg(additionalEventData.bytesTransferredOut)", "min(additionalEventData.bytesTransferredOut)", "max(additionalEventData.bytesTransferredOut)"],
      [[450, 112.5, 0, 300]],
    ],
    ["stats min(eventName), max(eventName)", ["min(eventName)", "max(eventName)"], [["CreateUser", "PutObject"]]],
    ["stats values(eventName) by userIdentity.userName", ["userIdentity.userName", "values(eventName)"], [["alex.miller", "GetObject"], ["bob", "GetObject\nPutObject"], ["mike.chen", "CreateUser"]]],
    ["stats earliest(eventName) AS first, latest(eventName) AS last, earliest(_time) AS t", ["first", "last", "t"], [["GetObject", "GetObject", T("2026-01-05T01:10:00Z") / 1000]]],
    ["stats count by resources{}.type", ["resources{}.type", "count"], [["AWS::S3::Bucket", 4], ["AWS::S3::Object", 4]]],
    ["stats count by userIdentity.userName, eventName", ["userIdentity.userName", "eventName", "count"], [["alex.miller", "GetObject", 2], ["bob", "GetObject", 1], ["bob", "PutObject", 1], ["mike.chen", "CreateUser", 1]]],
    ["stats count by date_hour", ["date_hour", "count"], [[1, 1], [3, 1], [9, 1], [12, 1], [14, 1], [23, 1]]],
    ["stats dc(resources{}.ARN) AS arns", ["arns"], [[6]]],
  ])("%s", async (q, columns, expected) => {
    expect(await rows(`* | ${q}`)).toEqual({ columns, rows: expected });
  });
});

describe("eval and where", () => {
  it('compares numeric-looking text as numbers: strftime(_time, "%H") gives "03" and hour < 6 holds', async () => {
    expect(await rows('* | eval hour=strftime(_time, "%H") | where hour < 6 OR hour > 22 | table hour, eventName')).toEqual({
      columns: ["hour", "eventName"],
      rows: [["23", "CreateUser"], ["03", "GetObject"], ["01", "GetObject"]],
    });
  });

  it.each([
    ['where userIdentity.userName="bob"', 2],
    ['where userIdentity.userName="BOB"', 0],
    ['where like(eventName, "%Object")', 4],
    ['where eventName LIKE "Get%"', 3],
    ['where match(requestParameters.key, "^[ab]\\.")', 3],
    ['where match(eventName, "(?i)^getobject$")', 3],
    ["where isnull(userIdentity.userName)", 1],
    ["where isnotnull(errorCode) OR additionalEventData.bytesTransferredOut > 99", 3],
    ["where NOT additionalEventData.bytesTransferredOut > 99", 4],
    ["where additionalEventData.bytesTransferredOut != 100", 3],
    ['where cidrmatch("10.10.30.0/24", sourceIPAddress)', 5],
    ['where in(eventName, "Invoke", "CreateUser")', 2],
    ["where eventName = eventName", 6],
    ['where eventName = "GetObject"', 3],
  ])("%s keeps %i events", async (q, n) => {
    const r = await run(`* | ${q}`);
    expect(r.kind === "events" ? r.rowIds.length : -1).toBe(n);
  });

  it.each(["%Y-%m-%d", "%H", "%H:%M", "%a %p", "%s", "%F %T", "day %j", "%Y-%m-%dT%H:%M:%S.%3N"])(
    'strftime(_time, "%s") gives the same per time step as per event',
    async (fmt) => {
      const fast = await rows(`* | eval v=strftime(_time, "${fmt}") | table v`);
      // Reading a second field makes the evaluation per event.
      const slow = await rows(`* | eval v=strftime(_time, "${fmt}") . substr(eventName, 1, 0) | table v`);
      expect(fast.rows).toEqual(slow.rows);
      expect(new Set(fast.rows.map((r) => r[0])).size).toBeGreaterThan(1);
    },
  );

  it("evaluates a field per distinct value and per row alike", async () => {
    expect(await rows('* | eval u=upper(eventName), k=requestParameters.bucketName . "/" . requestParameters.key | table u, k | head 3')).toEqual({
      columns: ["u", "k"],
      rows: [["GETOBJECT", "prod/a.xlsx"], ["CREATEUSER", null], ["INVOKE", null]],
    });
  });

  it("reads non-indexed fields from the raw records", async () => {
    expect(await rows("eventName=CreateUser | table responseElements.user.arn, requestParameters.userName")).toEqual({
      columns: ["responseElements.user.arn", "requestParameters.userName"],
      rows: [["arn:aws:iam::123456789012:user/svc-datasync", "svc-datasync"]],
    });
  });
});

describe("table, fields, rename, head, tail, dedup, sort", () => {
  it.each([
    ["table _time, eventName | head 2", ["_time", "eventName"], [[T("2026-01-07T12:00:00Z"), "GetObject"], [T("2026-01-06T23:30:00Z"), "CreateUser"]]],
    ["tail 2 | table eventName, requestParameters.key", ["eventName", "requestParameters.key"], [["GetObject", "a.xlsx"], ["GetObject", "b.docx"]]],
    ["head limit=1 | table requestParameters.*", ["requestParameters.bucketName", "requestParameters.key"], [["prod", "a.xlsx"]]],
    ["dedup userIdentity.userName | table userIdentity.userName, requestParameters.key", ["userIdentity.userName", "requestParameters.key"], [["bob", "a.xlsx"], ["mike.chen", null], ["alex.miller", "b.docx"]]],
    ["dedup requestParameters.key keepempty=true | stats count", ["count"], [[5]]],
    ["rename userIdentity.userName AS user | stats count by user", ["user", "count"], [["alex.miller", 2], ["bob", 2], ["mike.chen", 1]]],
    ["rename userIdentity.userName AS user | stats count by userIdentity.userName", ["userIdentity.userName", "count"], []],
    ["stats count by eventName | rename eventName AS api, count AS n", ["api", "n"], [["CreateUser", 1], ["GetObject", 3], ["Invoke", 1], ["PutObject", 1]]],
    ["stats count by eventName | sort - count, eventName", ["eventName", "count"], [["GetObject", 3], ["CreateUser", 1], ["Invoke", 1], ["PutObject", 1]]],
    ["stats count by eventName | sort count desc | head 1", ["eventName", "count"], [["GetObject", 3]]],
    ["stats count by eventName | fields - count", ["eventName"], [["CreateUser"], ["GetObject"], ["Invoke"], ["PutObject"]]],
    ["stats count by eventName | fields count", ["count"], [[1], [3], [1], [1]]],
    ["eval n=additionalEventData.bytesTransferredOut | sort 0 -n | table n", ["n"], [[300], [100], [50], [0], [null], [null]]],
    ["eval n=additionalEventData.bytesTransferredOut | sort str(n) | table n", ["n"], [[0], [100], [300], [50], [null], [null]]],
    ["sort ip(sourceIPAddress), _time | table sourceIPAddress | dedup sourceIPAddress", ["sourceIPAddress"], [["10.10.20.61"], ["10.10.30.12"], ["10.10.30.55"]]],
  ])("%s", async (q, columns, expected) => {
    expect(await rows(`* | ${q}`)).toEqual({ columns, rows: expected });
  });
});

describe("top and rare", () => {
  it.each([
    ["top eventName", ["eventName", "count", "percent"], [["GetObject", 3, 50], ["CreateUser", 1, 16.666667], ["Invoke", 1, 16.666667], ["PutObject", 1, 16.666667]]],
    ["top 1 eventName by userIdentity.userName", ["userIdentity.userName", "eventName", "count", "percent"], [["alex.miller", "GetObject", 2, 100], ["bob", "GetObject", 1, 50], ["mike.chen", "CreateUser", 1, 100]]],
    ["top limit=1 useother=t showperc=f eventName", ["eventName", "count"], [["GetObject", 3], ["OTHER", 3]]],
    ["rare limit=2 countfield=n eventName", ["eventName", "n", "percent"], [["CreateUser", 1, 16.666667], ["Invoke", 1, 16.666667]]],
  ])("%s", async (q, columns, expected) => {
    expect(await rows(`* | ${q}`)).toEqual({ columns, rows: expected });
  });
});

describe("bin and timechart", () => {
  it.each([
    ["bin _time span=1d | stats count by _time", ["_time", "count"], [[T("2026-01-05T00:00:00Z"), 3], [T("2026-01-06T00:00:00Z"), 2], [T("2026-01-07T00:00:00Z"), 1]]],
    ["bucket _time span=12h AS half | stats count by half", ["half", "count"], [[T("2026-01-05T00:00:00Z") / 1000, 2], [T("2026-01-05T12:00:00Z") / 1000, 1], [T("2026-01-06T00:00:00Z") / 1000, 1], [T("2026-01-06T12:00:00Z") / 1000, 1], [T("2026-01-07T12:00:00Z") / 1000, 1]]],
    ["bin additionalEventData.bytesTransferredOut span=100 AS b | stats count by b", ["b", "count"], [["0-100", 2], ["100-200", 1], ["300-400", 1]]],
    ["timechart span=1d count", ["_time", "count"], [[T("2026-01-05T00:00:00Z"), 3], [T("2026-01-06T00:00:00Z"), 2], [T("2026-01-07T00:00:00Z"), 1]]],
    [
      "timechart span=1d count by userIdentity.userName",
      ["_time", "alex.miller", "bob", "mike.chen", "NULL"],
      [[T("2026-01-05T00:00:00Z"), 2, 1, 0, 0], [T("2026-01-06T00:00:00Z"), 0, 0, 1, 1], [T("2026-01-07T00:00:00Z"), 0, 1, 0, 0]],
    ],
    [
      "timechart span=1d limit=1 usenull=f count by userIdentity.userName",
      ["_time", "alex.miller", "OTHER"],
      [[T("2026-01-05T00:00:00Z"), 2, 1], [T("2026-01-06T00:00:00Z"), 0, 1], [T("2026-01-07T00:00:00Z"), 0, 1]],
    ],
    [
      "timechart span=2d sum(additionalEventData.bytesTransferredOut) AS bytes, dc(eventName) AS apis",
      ["_time", "bytes", "apis"],
      [[T("2026-01-05T00:00:00Z"), 400, 4], [T("2026-01-07T00:00:00Z"), 50, 1]],
    ],
    [
      "timechart span=1mon limit=1 dc(requestParameters.key) by userIdentity.userName",
      ["_time", "alex.miller", "NULL", "OTHER"],
      [[T("2026-01-01T00:00:00Z"), 2, 0, 2]],
    ],
    [
      "timechart span=1w count",
      ["_time", "count"],
      [[T("2026-01-04T00:00:00Z"), 6]],
    ],
  ])("%s", async (q, columns, expected) => {
    expect(await rows(`* | ${q}`)).toEqual({ columns, rows: expected });
  });

  it("chooses Splunk's automatic span: the finest standard span with at most 100 buckets", async () => {
    const r = await run("* | timechart count");
    expect(r).toMatchObject({ kind: "timechart", spanMs: 3_600_000 });
    expect(r.rows).toHaveLength(60);
    expect(r.rows.reduce((n, row) => n + (row[1] as number), 0)).toBe(6);
    const week = await run("* | timechart bins=3 count");
    expect(week).toMatchObject({ spanMs: 86_400_000 });
  });

  it("keeps the top 10 series and sums the rest as OTHER", async () => {
    const r = await run('* | eval s=requestParameters.key . "-" . date_hour | timechart span=1mon limit=2 count by s');
    expect(r.columns).toEqual(["_time", "a.xlsx-1", "a.xlsx-12", "NULL", "OTHER"]);
    expect(r.rows).toEqual([[T("2026-01-01T00:00:00Z"), 1, 1, 2, 2]]);
  });
});
