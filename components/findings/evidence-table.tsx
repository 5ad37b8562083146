"use client";
/**
 * The events behind a finding (or a stage of the exfil chain): a `select` of
 * exactly those rows, sorted by time in the worker, fetched a page at a time
 * with `rows`. Each time opens the event in the timeline.
 */
import Link from "next/link";
import { useMemo, useState } from "react";
import { formatCount } from "../../lib/state/format";
import { formatTime, isoUtc } from "../../lib/state/time-format";
import { useEngineQuery } from "../hooks/use-engine-query";
import { useAppStore } from "../state/store-provider";
import { EVIDENCE_FIELDS, evidenceRows } from "./evidence-rows";
import { eventHref } from "./finding-links";
import { useUrlState } from "../hooks/use-url-state";
import styles from "./evidence.module.css";

/** Rows fetched per page. */
export const EVIDENCE_PAGE = 100;

interface EvidenceTableProps {
  /** Row ids, any order (duplicates ignored). */
  rows: readonly number[];
  /** The table's accessible name. */
  label: string;
}

/** The evidence events, oldest first. */
export function EvidenceTable({ rows, label }: EvidenceTableProps) {
  const ids = useMemo(() => Uint32Array.from(new Set(rows)).sort(), [rows]);
  // A new set of rows starts again at one page.
  const [paging, setPaging] = useState({ ids, shown: EVIDENCE_PAGE });
  const shown = paging.ids === ids ? paging.shown : EVIDENCE_PAGE;
  const selectParams = useMemo(() => (ids.length > 0 ? { spec: { rows: ids }, sort: { field: "time" } } : null), [ids]);
  const selection = useEngineQuery("select", selectParams);
  const result = selection.data;
  const end = result ? Math.min(shown, result.total) : 0;
  const windowParams = useMemo(() => (result ? { resultId: result.resultId, start: 0, end, fields: [...EVIDENCE_FIELDS] } : null), [result, end]);
  const page = useEngineQuery("rows", windowParams);
  const list = useMemo(() => (page.data ? evidenceRows(page.data) : []), [page.data]);
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  const error = selection.error ?? page.error;
  const total = result?.total ?? 0;

  return (
    <div className={styles.evidence}>
      {error && (
        <p role="alert" className={styles.error}>
          The evidence could not be read: {error}
        </p>
      )}
      {!error && !page.data && ids.length > 0 && <p className={styles.muted}>Reading the events…</p>}
      {page.data && (
        <div className={styles.evidenceBox}>
          <table className={styles.evidenceTable} aria-label={label}>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Event</th>
                <th scope="col">Principal</th>
                <th scope="col">Acted on</th>
                <th scope="col">Source IP</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.row}>
                  <td className={styles.nowrap} title={Number.isFinite(r.time) ? isoUtc(r.time) : undefined}>
                    {r.eventId && Number.isFinite(r.time) ? (
                      <Link href={eventHref(r.eventId, r.time, url)} title="Open this event in the timeline">
                        {formatTime(r.time, tz)}
                      </Link>
                    ) : (
                      formatTime(r.time, tz)
                    )}
                  </td>
                  <td>{r.eventName}</td>
                  <td className={styles.wrap}>{r.principal}</td>
                  <td className={styles.wrap}>{r.target}</td>
                  <td className={styles.nowrap}>{r.sourceIp}</td>
                  <td>{r.errorCode}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.data && (
        <div className={styles.more}>
          <span className={styles.muted}>
            {formatCount(list.length)} of {formatCount(total)} events
          </span>
          {list.length < total && (
            <button type="button" className={styles.button} disabled={page.loading} onClick={() => setPaging({ ids, shown: shown + EVIDENCE_PAGE })}>
              Show more
            </button>
          )}
        </div>
      )}
    </div>
  );
}
