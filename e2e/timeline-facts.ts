/**
 * What the engine (the same lib/ the worker runs, in Node) says about the demo
 * file: the timeline specs check the UI's counts against these, never against
 * numbers copied into a spec.
 */
import { fileSource } from "../lib/cli/fs-source";
import { groupBy } from "../lib/index/aggregate";
import { countRows, filterRows } from "../lib/index/filter";
import { sortRows } from "../lib/index/sort";
import type { QuerySpec, SortSpec } from "../lib/index/types";
import { querySpecOf } from "../lib/state/query-spec";
import { parseUrlState } from "../lib/state/url-state";
import { Dataset } from "../lib/worker/dataset";
import { DEMO_JSONL } from "./paths";

export interface DemoFacts {
  total: number;
  count(spec: QuerySpec): number;
  /** The most frequent value of a field under `spec`. */
  top(field: string, spec?: QuerySpec): { value: string; count: number };
  /** The value of `field` in the first row of `spec`'s rows sorted by `sort`. */
  firstValue(spec: QuerySpec, sort: SortSpec, field: string): string | number;
}

let loaded: Promise<DemoFacts> | null = null;

/** Loads the demo written by globalSetup once per worker. */
export function demoFacts(): Promise<DemoFacts> {
  loaded ??= (async () => {
    const data = new Dataset();
    await data.ingest([await fileSource(DEMO_JSONL)]);
    const t = data.table;
    return {
      total: t.size,
      count: (spec) => countRows(t, spec),
      top: (field, spec = {}) => {
        const g = groupBy(t, spec, [field], 1);
        return { value: g.keys[0]?.[0] ?? "", count: g.counts[0] ?? 0 };
      },
      firstValue: (spec, sort, field) => {
        const rows = sortRows(t, filterRows(t, spec), sort);
        return rows.length > 0 ? t.value(field, rows[0]!) : "";
      },
    };
  })();
  return loaded;
}

/** The time range a page URL carries (from/to), as the engine's epoch-ms range. */
export function urlTimeRange(url: string): { start: number; end: number } | null {
  const params = new URL(url).searchParams;
  const from = params.get("from");
  const to = params.get("to");
  if (!from || !to) return null;
  return { start: Date.parse(from), end: Date.parse(to) };
}

/** The QuerySpec a timeline URL stands for, read with the app's own URL parser. */
export function urlSpec(url: string): QuerySpec {
  const u = new URL(url);
  const state = parseUrlState(u.search, u.pathname);
  return querySpecOf({ chips: state.chips ?? [], timeRange: state.timeRange ?? null, text: state.text ?? "" });
}
