"use client";
/**
 * Runs one engine call for a view and keeps its newest answer: rising request
 * sequence numbers (a slower older reply never overwrites a newer one),
 * optional debounce, `select` handles released when superseded or unmounted,
 * errors as text (never thrown). Re-asks whenever the loaded dataset changes.
 */
import { useEffect, useRef, useState } from "react";
import type { EngineClient } from "../../lib/worker/client";
import type { DatasetSummary, Method, Params, Result, SelectResult } from "../../lib/worker/protocol";
import { useAppStore } from "../state/store-provider";
import { IDLE, QueryRunner, type QueryState } from "./query-runner";
import { useEngine } from "./use-engine";

export type { QueryState } from "./query-runner";

export interface EngineQueryOptions {
  /** Wait this long after the last change before asking (typing). */
  debounceMs?: number;
}

// Every summary the store receives is a new object: numbering them gives each loaded dataset state a key.
const datasetVersions = new WeakMap<DatasetSummary, number>();
let nextVersion = 1;

function datasetVersion(summary: DatasetSummary | null): number {
  if (!summary) return 0;
  let v = datasetVersions.get(summary);
  if (v === undefined) datasetVersions.set(summary, (v = nextVersion++));
  return v;
}

function releaserFor(method: Method, client: EngineClient): ((value: unknown) => void) | undefined {
  if (method !== "select" && method !== "search") return undefined;
  return (value) => {
    // Only an events search holds a selection in the worker; tables and charts are plain data.
    if (typeof value !== "object" || value === null || !("resultId" in value)) return;
    // The handle may already be gone (engine cleared or restarted): nothing left to free.
    client.call("release", { resultId: (value as SelectResult).resultId }).catch(() => undefined);
  };
}

/** The newest result of `method(params)`; `params === null` means "nothing to ask". */
export function useEngineQuery<M extends Method>(
  method: M,
  params: Params<M> | null,
  options: EngineQueryOptions = {},
): QueryState<Awaited<Result<M>>> {
  const { client } = useEngine();
  const version = useAppStore((s) => datasetVersion(s.summary));
  const [state, setState] = useState<QueryState<Awaited<Result<M>>>>(IDLE);
  const runner = useRef<QueryRunner<Awaited<Result<M>>> | null>(null);

  useEffect(() => {
    if (!client) return;
    const r = new QueryRunner<Awaited<Result<M>>>({ onChange: setState, release: releaserFor(method, client) });
    runner.current = r;
    return () => {
      r.dispose();
      if (runner.current === r) runner.current = null;
      setState(IDLE);
    };
  }, [client, method]);

  const key = params === null ? null : `${version}\u0000${JSON.stringify(params)}`;
  const latest = useRef(params);
  latest.current = params;
  const debounceMs = options.debounceMs ?? 0;

  useEffect(() => {
    const r = runner.current;
    if (!r || !client) return;
    const p = latest.current;
    if (key === null || p === null) r.idle();
    else r.run(key, () => client.call(method, p) as Promise<Awaited<Result<M>>>, debounceMs);
  }, [client, method, key, debounceMs]);

  return state;
}
