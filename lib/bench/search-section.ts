/**
 * Benchmark section: the seed's six SPL searches (lib/search), run as the
 * search bar runs them (parse + plan + execute), on an ingested table.
 */
import { createRecordReader } from "../search/record-reader";
import { runSearch } from "../search/run";
import type { RunContext } from "../search/run-context";
import type { Dataset } from "../worker/dataset";
import { SEED_SEARCHES } from "../search/seed-searches";
import { DEFAULT_REPEAT, measure, type RepeatPolicy } from "./timing";

/** Latency of one seed search (named after its title in the seed). */
export interface SearchTiming {
  name: string;
  p50Ms: number;
  p95Ms: number;
}

const round = (ms: number): number => Math.round(ms * 10_000) / 10_000;

/** Times every seed search; throws when one fails, since a failing search has no meaningful latency. */
export async function benchSearch(
  data: Dataset,
  policy: RepeatPolicy = DEFAULT_REPEAT,
  log: (line: string) => void = () => {},
): Promise<SearchTiming[]> {
  const out: SearchTiming[] = [];
  // The same context the engine gives the search bar: the index plus batched raw reads from the loaded files.
  const ctx: RunContext = { table: data.table, ...createRecordReader(data.table, (id) => data.leaf(id)) };
  for (const s of SEED_SEARCHES) {
    const { latency, result } = await measure(() => runSearch(s.query, ctx), policy);
    if (result.kind === "error") throw new Error(`seed search "${s.title}" failed: ${result.error.message}`);
    const name = `spl: ${s.title}`;
    out.push({ name, p50Ms: round(latency.p50Ms), p95Ms: round(latency.p95Ms) });
    log(`ours  ${name}: p50 ${latency.p50Ms.toFixed(3)} ms, p95 ${latency.p95Ms.toFixed(3)} ms (${latency.runs} runs, ${result.rows.length} rows)`);
  }
  return out;
}
