"use client";
/**
 * What a step's own view adds to its timeline and evidence: an event step
 * opens the raw record of its event (as the timeline's detail panel does), a
 * search step runs its SPL and shows the answer as the search view's table.
 */
import { useMemo } from "react";
import type { ResolvedStep } from "../../lib/story/resolve";
import { RawRecordView } from "../events/raw-record";
import { useEngineQuery } from "../hooks/use-engine-query";
import { ResultTable } from "../search/result-table";
import styles from "./story.module.css";

const NO_PARAMS = {} as Record<string, never>;

function EventRecord({ row }: { row: number }) {
  const { data, error } = useEngineQuery("record", useMemo(() => ({ row }), [row]));
  if (error) return <p role="alert">The event could not be read: {error}</p>;
  return data ? (
    <div className={styles.panel}>
      <RawRecordView json={data.json} path={data.path} />
    </div>
  ) : null;
}

function SearchAnswer({ spl }: { spl: string }) {
  const { data, error } = useEngineQuery("search", useMemo(() => ({ query: spl }), [spl]));
  const fields = useEngineQuery("fields", NO_PARAMS);
  if (error) return <p role="alert">The search failed: {error}</p>;
  if (!data) return null;
  return (
    <section aria-label="Search" className={styles.panel}>
      <div className={styles.panelHead}>
        <h3>Search</h3>
      </div>
      <pre className={styles.spl}>{spl}</pre>
      {data.kind === "error" && <p role="alert">{data.error.message}</p>}
      {data.kind === "table" && <ResultTable columns={data.columns} rows={data.rows} fields={fields.data ?? []} label="Search results" />}
    </section>
  );
}

/** The view-specific part of a step, if its view has one. */
export function StepViewExtra({ step }: { step: ResolvedStep }) {
  const v = step.view;
  if (v.kind === "event") {
    const row = v.event && "row" in v.event ? v.event.row : step.evidence.rows[0];
    return row === undefined ? null : <EventRecord row={row} />;
  }
  if (v.kind === "search" && v.spl) return <SearchAnswer spl={v.spl} />;
  return null;
}
