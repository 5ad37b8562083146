"use client";
/**
 * The selected event of the timeline: its reference from the store (and the
 * URL), the row it names, and its raw record read back from the file.
 */
import { useEffect, useMemo, useState } from "react";
import { sameEventRef, type EventRef } from "../../lib/state/selection-slice";
import { errorText } from "../hooks/query-runner";
import { useEngine } from "../hooks/use-engine";
import { useEngineQuery } from "../hooks/use-engine-query";
import { useAppStore } from "../state/store-provider";
import { resolveEventRef } from "./event-ref";
import type { RawRecord } from "../../lib/worker/protocol";

/** A row the table already knows for a reference (saves the engine lookup on a click). */
export interface RowHint {
  ref: EventRef;
  row: number;
}

export interface SelectedEvent {
  ref: EventRef | null;
  row: number | null;
  record: RawRecord | null;
  error: string | null;
  loading: boolean;
}

/** The selected event and its record. */
export function useSelectedEvent(hint: RowHint | null): SelectedEvent {
  const { client } = useEngine();
  const ref = useAppStore((s) => s.selectedEvent);
  const events = useAppStore((s) => s.summary?.events ?? 0);
  const hinted = hint && sameEventRef(hint.ref, ref) ? hint.row : null;
  const [lookup, setLookup] = useState<{ ref: EventRef; row: number | null; error: string | null } | null>(null);

  useEffect(() => {
    if (!client || !ref || hinted !== null || events === 0) return;
    let live = true;
    resolveEventRef(client, ref).then(
      (row) => live && setLookup({ ref, row, error: row === null ? "This event is not in the loaded data." : null }),
      (err: unknown) => live && setLookup({ ref, row: null, error: errorText(err) }),
    );
    return () => {
      live = false;
    };
  }, [client, ref, hinted, events]);

  const looked = lookup && sameEventRef(lookup.ref, ref) ? lookup : null;
  const row = hinted ?? looked?.row ?? null;
  const params = useMemo(() => (row !== null && events > 0 ? { row } : null), [row, events]);
  const record = useEngineQuery("record", params);

  return {
    ref,
    row,
    record: record.data,
    error: looked?.error ?? record.error,
    loading: ref !== null && (record.loading || (hinted === null && !looked)),
  };
}
