"use client";
/** The bucket page's tables: the objects accessed, who listed before reading, and off-hours access. */
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { formatBytes, formatCount } from "../../lib/state/format";
import type { BucketDetail, ListThenRead, ObjectRow, OffHoursUse } from "../../lib/worker/entity-types";
import { FilterValue } from "../filters/filter-value";
import { Stat, TimeText, timeHeader } from "../entity/cells";
import { EntityTable, type EntityTableFeatures } from "../entity/entity-table";
import { isNightHour } from "../entity/heatmap-model";
import { useAppStore } from "../state/store-provider";
import { OFF_HOURS_TEXT } from "../entity/heatmap-model";
import styles from "../entity/entity.module.css";
import hourStyles from "./buckets.module.css";

const objectHelper = createColumnHelper<EntityTableFeatures, ObjectRow>();
const listHelper = createColumnHelper<EntityTableFeatures, ListThenRead>();
const offHelper = createColumnHelper<EntityTableFeatures, OffHoursUse>();

/** The objects accessed: key, calls, reads, writes, principals, first/last, bytes out. */
export function ObjectsTable({ objects }: { objects: BucketDetail["objects"] }) {
  const tz = useAppStore((s) => s.timeZone);
  const columns = useMemo(
    () => [
      objectHelper.accessor("key", { id: "key", header: "Object key", sortFn: "alphanumeric", cell: (i) => <FilterValue field="objectKey" value={i.getValue()} maxChars={90} /> }),
      objectHelper.accessor("count", { id: "count", header: "Calls", cell: (i) => formatCount(i.getValue()) }),
      objectHelper.accessor("reads", { id: "reads", header: "Reads", cell: (i) => formatCount(i.getValue()) }),
      objectHelper.accessor("writes", { id: "writes", header: "Writes", cell: (i) => formatCount(i.getValue()) }),
      objectHelper.accessor("principalCount", {
        id: "principals",
        header: "Principals",
        cell: (i) => (
          <>
            {i.row.original.principals.map((p, n) => (
              <span key={p}>
                {n > 0 && ", "}
                <FilterValue field="principal" value={p} maxChars={40} />
              </span>
            ))}
            {i.getValue() > i.row.original.principals.length && <span className={styles.muted}> +{formatCount(i.getValue() - i.row.original.principals.length)}</span>}
          </>
        ),
      }),
      objectHelper.accessor("first", { id: "first", header: timeHeader("First", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
      objectHelper.accessor("last", { id: "last", header: timeHeader("Last", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
      objectHelper.accessor((o) => o.bytesOut ?? -1, {
        id: "bytesOut",
        header: "Bytes out",
        cell: (i) => (i.row.original.bytesOut === null ? <span className={styles.muted}>–</span> : <span title={`${formatCount(i.row.original.bytesOut)} bytes`}>{formatBytes(i.row.original.bytesOut)}</span>),
      }),
    ],
    [tz],
  );
  return (
    <section aria-label="Objects accessed" className={styles.panel}>
      <div className={styles.panelHead}>
        <h2>Objects accessed</h2>
        <span className={styles.muted}>{objects.total > objects.rows.length ? `top ${objects.rows.length} of ${formatCount(objects.total)}` : formatCount(objects.total)}</span>
      </div>
      <EntityTable
        label="Objects"
        data={objects.rows}
        columns={columns}
        getRowId={(o) => o.key}
        initialSort={[{ id: "count", desc: true }]}
        numeric={["count", "reads", "writes", "bytesOut"]}
        empty="No object key recorded."
      />
    </section>
  );
}

/** Who listed the bucket, when, and when they first read from it. */
export function ListingTable({ listing }: { listing: ListThenRead[] }) {
  const tz = useAppStore((s) => s.timeZone);
  const columns = useMemo(
    () => [
      listHelper.accessor("principal", { id: "principal", header: "Principal", sortFn: "alphanumeric", cell: (i) => <FilterValue field="principal" value={i.getValue()} /> }),
      listHelper.accessor("firstList", { id: "firstList", header: timeHeader("First list", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
      listHelper.accessor((l) => l.firstRead ?? Infinity, {
        id: "firstRead",
        header: timeHeader("First read", tz),
        cell: (i) => (i.row.original.firstRead === null ? <span className={styles.muted}>never</span> : <TimeText ms={i.row.original.firstRead} tz={tz} />),
      }),
      listHelper.accessor("beforeRead", {
        id: "beforeRead",
        header: "Listed before reading",
        cell: (i) => (i.getValue() ? <span className={styles.flag}>yes</span> : "no"),
      }),
      listHelper.accessor("lists", { id: "lists", header: "Lists", cell: (i) => formatCount(i.getValue()) }),
      listHelper.accessor("reads", { id: "reads", header: "Reads", cell: (i) => formatCount(i.getValue()) }),
    ],
    [tz],
  );
  return (
    <section aria-label="Listed before reading" className={styles.panel}>
      <div className={styles.panelHead}>
        <h2>Who listed it before reading</h2>
        <span className={styles.muted}>{formatCount(listing.filter((l) => l.beforeRead).length)} of {formatCount(listing.length)} listers</span>
      </div>
      <p className={styles.listNote}>Listing a bucket and then reading from it is how data is found before it is taken.</p>
      <EntityTable label="Listing" data={listing} columns={columns} getRowId={(l) => l.principal} initialSort={[{ id: "firstList", desc: false }]} numeric={["lists", "reads"]} empty="Nobody listed it." />
    </section>
  );
}

/** Access outside working hours: totals, the hours of all access, and who was active off-hours. */
export function OffHoursPanel({ offHours, events }: { offHours: BucketDetail["offHours"]; events: number }) {
  const tz = useAppStore((s) => s.timeZone);
  const columns = useMemo(
    () => [
      offHelper.accessor("principal", { id: "principal", header: "Principal", sortFn: "alphanumeric", cell: (i) => <FilterValue field="principal" value={i.getValue()} /> }),
      offHelper.accessor("count", { id: "count", header: "Off-hours calls", cell: (i) => formatCount(i.getValue()) }),
      offHelper.accessor("reads", { id: "reads", header: "Reads", cell: (i) => formatCount(i.getValue()) }),
      offHelper.accessor("first", { id: "first", header: timeHeader("First", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
      offHelper.accessor("last", { id: "last", header: timeHeader("Last", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
    ],
    [tz],
  );
  const peak = Math.max(1, ...offHours.byHour);
  return (
    <section aria-label="Off-hours access" className={styles.panel}>
      <div className={styles.panelHead}>
        <h2>Access outside working hours</h2>
        <span className={styles.muted}>{OFF_HOURS_TEXT}</span>
      </div>
      <dl className={styles.stats}>
        <Stat label="Off-hours calls" value={`${formatCount(offHours.total)} of ${formatCount(events)}`} />
        <Stat label="At night" value={formatCount(offHours.night)} />
        <Stat label="On weekends" value={formatCount(offHours.weekend)} />
      </dl>
      <ol className={hourStyles.hours} aria-label="Calls by hour of day (UTC)">
        {offHours.byHour.map((n, h) => (
          <li key={h} className={hourStyles.hour} data-night={isNightHour(h) || undefined} title={`${String(h).padStart(2, "0")}:00 UTC: ${formatCount(n)} calls`} aria-label={`${String(h).padStart(2, "0")}:00 UTC: ${formatCount(n)} calls`}>
            <span className={hourStyles.hourBar} style={{ height: `${(n / peak) * 100}%` }} />
            <span className={hourStyles.hourLabel} aria-hidden="true">
              {String(h).padStart(2, "0")}
            </span>
          </li>
        ))}
      </ol>
      <EntityTable label="Off-hours principals" data={offHours.byPrincipal} columns={columns} getRowId={(u) => u.principal} initialSort={[{ id: "count", desc: true }]} numeric={["count", "reads"]} empty="No off-hours access." />
    </section>
  );
}
