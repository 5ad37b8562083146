/**
 * The benchmark's standard queries, each written once for our index and once
 * as SQL for the peer, with how their answers map to engine-neutral rows.
 * The SQL does the same work as our call (filter, group, sort by count).
 */
import { groupBy, histogram, topValues } from "../index/aggregate";
import type { EventTable } from "../index/table";
import type { GroupResult, HistogramResult, QuerySpec, TimeRange } from "../index/types";
import type { AnswerCheck, AnswerRow } from "./answers";
import type { PeerRow } from "./duckdb-peer";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const TOP_N = 10;

/** What the queries are parameterised with, derived once from the loaded data. */
export interface QueryContext {
  /** The first 7 days of the data (from UTC midnight of the earliest event). */
  week: TimeRange;
  principal: string;
}

/** One query on our side: the timed call, and how its result reads as answer rows. */
export interface OursRun<R> {
  run(): R;
  rows(result: R): AnswerRow[];
}

export interface StandardQuery {
  name: string;
  ours(table: EventTable, ctx: QueryContext): OursRun<unknown>;
  /** The timed peer query; its rows are (key..., count). */
  sql(ctx: QueryContext): string;
  check: AnswerCheck;
  /** For top-N checks: the full grouping the top list is verified against (untimed). */
  fullSql?(ctx: QueryContext): string;
}

/** The context for a table's data: its first week, and the demo's main actor. */
export function queryContext(dataStartMs: number): QueryContext {
  const start = Math.floor(dataStartMs / DAY_MS) * DAY_MS;
  return { week: { start, end: start + 7 * DAY_MS }, principal: "alex.miller" };
}

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

const msToTimestampSql = (ms: number): string => `make_timestamp(${Math.trunc(ms) * 1000}::BIGINT)`;

function groupRows(res: GroupResult): AnswerRow[] {
  return res.keys.map((key, i) => ({ key: key.slice(), count: res.counts[i] }));
}

function histogramRows(res: HistogramResult): AnswerRow[] {
  const out: AnswerRow[] = [];
  for (let b = 0; b < res.buckets; b++) {
    let n = 0;
    for (let s = 0; s < res.series.length; s++) n += res.counts[s * res.buckets + b];
    if (n > 0) out.push({ key: [String(res.start + b * res.spanMs)], count: n });
  }
  return out;
}

function groupQuery(table: EventTable, spec: QuerySpec, fields: string[]): OursRun<unknown> {
  return { run: () => groupBy(table, spec, fields), rows: (r) => groupRows(r as GroupResult) };
}

/** Reads peer rows of the form (key..., count) as answer rows. */
export function peerRows(rows: readonly PeerRow[]): AnswerRow[] {
  return rows.map((row) => ({
    key: row.slice(0, -1).map((v) => (v === null || v === undefined ? "" : String(v))),
    count: Number(row[row.length - 1]),
  }));
}

export const STANDARD_QUERIES: readonly StandardQuery[] = [
  {
    name: "count_by_eventName",
    ours: (t) => groupQuery(t, {}, ["eventName"]),
    sql: () => "SELECT eventName, count(*) AS n FROM t GROUP BY eventName ORDER BY n DESC",
    check: { kind: "exact" },
  },
  {
    name: "getobject_principal_bucket_night",
    ours: (t) =>
      groupQuery(t, { clauses: [{ field: "eventName", values: ["GetObject"] }], hourRange: { from: 1, to: 5 } }, ["principal", "bucket"]),
    sql: () =>
      "SELECT principal, bucket, count(*) AS n FROM t WHERE eventName = 'GetObject' AND hour >= 1 AND hour < 5 GROUP BY principal, bucket ORDER BY n DESC",
    check: { kind: "exact" },
  },
  {
    name: "accessdenied_principal_source",
    ours: (t) => groupQuery(t, { clauses: [{ field: "errorCode", values: ["AccessDenied"] }] }, ["principal", "eventSource"]),
    sql: () =>
      "SELECT principal, eventSource, count(*) AS n FROM t WHERE errorCode = 'AccessDenied' GROUP BY principal, eventSource ORDER BY n DESC",
    check: { kind: "exact" },
  },
  {
    name: "writes_by_region_week",
    ours: (t, ctx) => groupQuery(t, { clauses: [{ field: "readOnly", values: ["false"] }], timeRange: ctx.week }, ["region"]),
    sql: (ctx) =>
      `SELECT region, count(*) AS n FROM t WHERE readOnly = false AND ts >= ${msToTimestampSql(ctx.week.start)} AND ts < ${msToTimestampSql(ctx.week.end)} GROUP BY region ORDER BY n DESC`,
    check: { kind: "exact" },
  },
  {
    name: "top10_source_ips",
    ours: (t) => ({ run: () => topValues(t, {}, "sourceIp", TOP_N), rows: (r) => groupRows(r as GroupResult) }),
    sql: () => `SELECT sourceIp, count(*) AS n FROM t GROUP BY sourceIp ORDER BY n DESC LIMIT ${TOP_N}`,
    fullSql: () => "SELECT sourceIp, count(*) AS n FROM t GROUP BY sourceIp",
    check: { kind: "top", n: TOP_N },
  },
  {
    name: "hourly_histogram_principal",
    ours: (t, ctx) => ({
      run: () => histogram(t, { clauses: [{ field: "principal", values: [ctx.principal] }] }, HOUR_MS),
      rows: (r) => histogramRows(r as HistogramResult),
    }),
    sql: (ctx) =>
      `SELECT epoch_ms(time_bucket(INTERVAL 1 HOUR, ts)) AS hour_start, count(*) AS n FROM t WHERE principal = ${sqlString(ctx.principal)} GROUP BY hour_start ORDER BY hour_start`,
    check: { kind: "exact" },
  },
];
