"use client";
/** Route /timeline: the filter bar, the histogram, the facets, the events table and the selected event's details. */
import { useCallback, useState } from "react";
import type { EventRef } from "../../lib/state/selection-slice";
import { EventDetail } from "../events/event-detail";
import { EventTable } from "../events/event-table";
import { useSelectedEvent, type RowHint } from "../events/use-selected-event";
import { FacetsPanel } from "../filters/facets-panel";
import { FilterBar } from "../filters/filter-bar";
import { useHasData } from "../filters/use-query-spec";
import { NoDataset } from "../layout/no-dataset";
import { useAppStore } from "../state/store-provider";
import { TimelinePanel } from "./timeline-panel";
import styles from "./timeline.module.css";

/** Everything on route /timeline. */
export function TimelineView() {
  const hasData = useHasData();
  const selectEvent = useAppStore((s) => s.selectEvent);
  const [hint, setHint] = useState<RowHint | null>(null);
  const selected = useSelectedEvent(hint);

  const open = useCallback(
    (ref: EventRef, row: number) => {
      setHint({ ref, row });
      selectEvent(ref);
    },
    [selectEvent],
  );
  const close = useCallback(() => selectEvent(null), [selectEvent]);

  return (
    <div className={styles.page}>
      <FilterBar />
      {!hasData ? (
        <NoDataset title="Timeline" />
      ) : (
        <>
          <h1 className={styles.visuallyHidden}>Timeline</h1>
          <TimelinePanel />
          <div className={styles.workbench} data-detail={selected.ref ? true : undefined}>
            <FacetsPanel />
            <EventTable onOpen={open} />
            {selected.ref && <EventDetail selected={selected} onClose={close} />}
          </div>
        </>
      )}
    </div>
  );
}
