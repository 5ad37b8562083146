"use client";
/**
 * The listing calls (ListBucket, ListObjects, ListObjectsV2) among a chain's
 * collection evidence, with their times and buckets: a `select` of those rows
 * narrowed to listing events, sorted by time in the worker, one window read.
 */
import { useMemo } from "react";
import { LISTING_EVENTS } from "../../lib/detect/rules/s3-mass-download";
import { useEngineQuery } from "../hooks/use-engine-query";
import type { ListingEvent } from "./chain-layout";

/** Listing calls read at most (the mass-download rule keeps at most 20 per finding). */
export const MAX_LISTINGS = 500;

/** The listings among `rows` (ascending row ids); null while unknown. */
export function useListings(rows: Uint32Array): { listings: ListingEvent[] | null; error: string | null } {
  const selectParams = useMemo(() => (rows.length > 0 ? { spec: { rows, clauses: [{ field: "eventName", values: [...LISTING_EVENTS] }] }, sort: { field: "time" } } : null), [rows]);
  const selection = useEngineQuery("select", selectParams);
  const result = selection.data;
  const windowParams = useMemo(() => (result ? { resultId: result.resultId, start: 0, end: MAX_LISTINGS, fields: ["time", "eventName", "bucket"] } : null), [result]);
  const page = useEngineQuery("rows", windowParams);
  const listings = useMemo(() => {
    if (rows.length === 0) return [];
    const w = page.data;
    if (!w || !result || w.rowIds.length !== Math.min(result.total, MAX_LISTINGS)) return null;
    const col = (f: string, i: number) => (Object.hasOwn(w.columns, f) ? w.columns[f]?.[i] : undefined);
    return Array.from(w.rowIds, (row, i) => ({ row, time: Number(col("time", i)), eventName: String(col("eventName", i) ?? ""), bucket: String(col("bucket", i) ?? "") }));
  }, [rows, page.data, result]);
  return { listings, error: selection.error ?? page.error };
}
