"use client";
/**
 * The events table's data source: fetches only the row windows the table
 * shows, `rows(resultId, start, end, fields)`, into a small page cache.
 * Replies for a superseded selection or field list are dropped.
 */
import { useCallback, useMemo, useState } from "react";
import type { SelectResult } from "../../lib/worker/protocol";
import { errorText } from "../hooks/query-runner";
import { useEngine } from "../hooks/use-engine";
import { WindowCache } from "./window-cache";

export interface RowWindows {
  cache: WindowCache | null;
  /** Bumps when a page arrives, so the table re-renders. */
  version: number;
  /** Asks for the rows [start, end). */
  request(start: number, end: number): void;
  error: string | null;
}

/** Row windows of `result` with `fields`. */
export function useRowWindows(result: SelectResult | null, fields: readonly string[]): RowWindows {
  const { client } = useEngine();
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<{ cache: WindowCache; message: string } | null>(null);
  const fieldKey = fields.join(",");
  const cache = useMemo(
    () => (result ? new WindowCache(result.total) : null),
    // A new selection or another field list means new pages.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result, fieldKey],
  );

  const request = useCallback(
    (start: number, end: number) => {
      if (!client || !result || !cache) return;
      for (const p of cache.want(start, end)) {
        const bounds = cache.pageBounds(p);
        client.call("rows", { resultId: result.resultId, start: bounds.start, end: bounds.end, fields: fieldKey.split(",") }).then(
          (w) => {
            cache.put(p, w);
            setVersion((v) => v + 1);
          },
          (err: unknown) => {
            cache.fail(p);
            setFailure({ cache, message: errorText(err) });
          },
        );
      }
    },
    [client, result, cache, fieldKey],
  );

  // A failure of an older selection (e.g. its handle was released as a new one arrived) is not this table's problem.
  const error = failure && failure.cache === cache ? failure.message : null;
  return { cache, version, request, error };
}
