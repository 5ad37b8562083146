/**
 * Benchmark section: the standard queries, timed on our index and (when a
 * peer is given) on the peer, with every answer cross-checked.
 */
import type { EventTable } from "../index/table";
import { canonicalRows, diffExact, diffTop, type AnswerRow } from "./answers";
import type { DuckDbPeer } from "./duckdb-peer";
import { peerRows, STANDARD_QUERIES, type QueryContext, type StandardQuery } from "./standard-queries";
import { measure, type RepeatPolicy } from "./timing";

/** Latency of one named query. */
export interface QueryTiming {
  name: string;
  p50Ms: number;
  p95Ms: number;
}

/** Raised when the two engines disagree: the figures would compare different work. */
export class AnswerMismatchError extends Error {
  override name = "AnswerMismatchError";
}

export type Log = (line: string) => void;

/** Sub-microsecond digits are noise; 0.1 µs keeps small latencies distinguishable. */
const round = (ms: number): number => Math.round(ms * 10_000) / 10_000;

/** Times every standard query on our index; returns the timings and the answers for verification. */
export async function timeOurQueries(
  table: EventTable,
  ctx: QueryContext,
  policy: RepeatPolicy,
  log: Log,
  queries: readonly StandardQuery[] = STANDARD_QUERIES,
): Promise<{ timings: QueryTiming[]; answers: Map<string, AnswerRow[]> }> {
  const timings: QueryTiming[] = [];
  const answers = new Map<string, AnswerRow[]>();
  for (const q of queries) {
    const run = q.ours(table, ctx);
    const { latency, result } = await measure(run.run, policy);
    answers.set(q.name, run.rows(result));
    timings.push({ name: q.name, p50Ms: round(latency.p50Ms), p95Ms: round(latency.p95Ms) });
    log(`ours  ${q.name}: p50 ${latency.p50Ms.toFixed(3)} ms, p95 ${latency.p95Ms.toFixed(3)} ms (${latency.runs} runs)`);
  }
  return { timings, answers };
}

/** Times every standard query on the peer and checks its answers against ours; throws AnswerMismatchError on any difference. */
export async function timePeerQueries(
  peer: DuckDbPeer,
  ctx: QueryContext,
  policy: RepeatPolicy,
  ours: Map<string, AnswerRow[]>,
  log: Log,
  queries: readonly StandardQuery[] = STANDARD_QUERIES,
): Promise<QueryTiming[]> {
  const timings: QueryTiming[] = [];
  const problems: string[] = [];
  for (const q of queries) {
    const sql = q.sql(ctx);
    const { latency, result } = await measure(() => peer.query(sql), policy);
    timings.push({ name: q.name, p50Ms: round(latency.p50Ms), p95Ms: round(latency.p95Ms) });
    log(`${peer.name} ${q.name}: p50 ${latency.p50Ms.toFixed(3)} ms, p95 ${latency.p95Ms.toFixed(3)} ms (${latency.runs} runs)`);
    const diff = await verify(q, ours.get(q.name) ?? [], peerRows(result), peer, ctx);
    problems.push(...diff.map((d) => `${q.name}: ${d}`));
  }
  if (problems.length) throw new AnswerMismatchError(`our index and ${peer.name} disagree:\n  ${problems.join("\n  ")}`);
  return timings;
}

async function verify(q: StandardQuery, ours: AnswerRow[], theirs: AnswerRow[], peer: DuckDbPeer, ctx: QueryContext): Promise<string[]> {
  if (q.check.kind === "exact") return diffExact(canonicalRows(ours), canonicalRows(theirs));
  if (!q.fullSql) throw new Error(`query ${q.name}: a top-N check needs fullSql`);
  const full = peerRows(await peer.query(q.fullSql(ctx)));
  // Both top lists must be valid cuts of the same full grouping; ties at the cut may legitimately differ.
  return [
    ...diffTop(ours, full, q.check.n).map((d) => `ours ${d}`),
    ...diffTop(theirs, full, q.check.n).map((d) => `${peer.name} ${d}`),
  ];
}
