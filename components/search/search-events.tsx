"use client";
/**
 * A search without a transforming command: its events, newest first, in a
 * virtualised list that fetches only the visible windows from the worker
 * (`rows(resultId, start, end, fields)`). Values click into filters; the
 * time opens the event in the timeline.
 */
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { canonicalField } from "../../lib/cloudtrail/fields";
import { formatCount } from "../../lib/state/format";
import { formatTime, isoUtc } from "../../lib/state/time-format";
import { hrefFor, urlStateOf } from "../../lib/state/url-state";
import type { SearchReply } from "../../lib/worker/protocol";
import { cellValue } from "../events/event-columns";
import { useRowWindows } from "../events/use-row-windows";
import { useRowHeight, useScaledVirtualizer } from "../events/use-scaled-virtualizer";
import { FilterValue } from "../filters/filter-value";
import { noteCountOf, noteMark, useEventNoteCounts } from "../notes/event-note-badge";
import { useAppStore, useAppStoreApi } from "../state/store-provider";
import styles from "./results.module.css";

export type EventsReply = Extract<SearchReply, { kind: "events" }>;

const WIDTHS: Readonly<Record<string, number>> = { _time: 11, eventSource: 12, eventName: 12, principal: 11, sourceIPAddress: 9, awsRegion: 7, errorCode: 9 };

/** The event list of an events result. */
export function SearchEvents({ result }: { result: EventsReply }) {
  const tz = useAppStore((s) => s.timeZone);
  const noteCounts = useEventNoteCounts();
  const store = useAppStoreApi();
  const router = useRouter();
  const fetchFields = useMemo(() => [...new Set([...result.columns, "eventId"])], [result.columns]);
  const { cache, request, error } = useRowWindows(result, fetchFields);

  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = useRowHeight();
  const { items, spacerPx, shift } = useScaledVirtualizer(result.total, rowHeight, scrollRef);
  const first = items[0]?.index ?? 0;
  const last = items.length > 0 ? items[items.length - 1]!.index + 1 : 0;
  useEffect(() => {
    if (last > first) request(first, last);
  }, [first, last, request]);

  const template = result.columns.map((c, i) => (i === result.columns.length - 1 ? `minmax(${WIDTHS[c] ?? 12}rem, 1fr)` : `${WIDTHS[c] ?? 12}rem`)).join(" ");
  const openInTimeline = (eventId: string, rowId: number) => {
    const selectedEvent = eventId ? { eventId } : { row: rowId };
    router.push(hrefFor("/timeline", { ...urlStateOf(store.getState()), selectedEvent }));
  };

  return (
    <>
      {error && (
        <p role="alert" className={styles.errorText}>
          {error}
        </p>
      )}
      <div ref={scrollRef} className={styles.tableScroller} style={{ height: `min(70vh, ${(result.total + 1) * rowHeight + 24}px)` }}>
        <table role="table" aria-label="Search events" aria-rowcount={result.total + 1} className={styles.table} style={{ ["--columns" as string]: template }}>
          <thead role="rowgroup" className={styles.thead}>
            <tr role="row" className={styles.row} aria-rowindex={1}>
              {result.columns.map((c) => (
                <th key={c} role="columnheader" scope="col" className={`${styles.th} ${styles.plainHead}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup" className={styles.tbody} style={{ height: spacerPx }}>
            {items.map((item) => {
              const row = cache?.row(item.index);
              const style = { transform: `translateY(${item.start - shift}px)`, height: rowHeight };
              if (!row) {
                return (
                  <tr key={item.index} role="row" aria-rowindex={item.index + 2} aria-busy="true" className={`${styles.row} ${styles.loadingRow}`} style={style}>
                    <td role="cell" className={styles.td} />
                  </tr>
                );
              }
              return (
                <tr key={item.index} role="row" aria-rowindex={item.index + 2} className={styles.row} style={style}>
                  {result.columns.map((c) => {
                    const v = cellValue(row, c);
                    if (c === "_time") {
                      const ms = typeof v === "number" ? v : Number.NaN;
                      const id = cellValue(row, "eventId");
                      return (
                        <td key={c} role="cell" className={styles.td}>
                          <button type="button" className={styles.open} title={Number.isFinite(ms) ? `${isoUtc(ms)} · open in the timeline` : "Open in the timeline"} onClick={() => openInTimeline(typeof id === "string" ? id : "", row.rowId)}>
                            {formatTime(ms, tz)}
                            {noteMark(noteCountOf(noteCounts, id))}
                          </button>
                        </td>
                      );
                    }
                    return (
                      <td key={c} role="cell" className={styles.td}>
                        <FilterValue field={canonicalField(c)} value={v} maxChars={200} />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {result.total === 0 && <p className={styles.emptyNote}>No events match this search.</p>}
      </div>
      {result.total > 0 && <p className={styles.muted}>{formatCount(result.total)} events, newest first · click a time to open the event in the timeline</p>}
    </>
  );
}
