"use client";
/** Small cell renderers shared by the entity tables: times in the chosen zone, counts, shares, top-value tables. */
import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, type ReactNode } from "react";
import type { ValueSeen } from "../../lib/worker/entity-types";
import { formatCount } from "../../lib/state/format";
import { fieldLabel } from "../../lib/state/field-names";
import { formatTime, zoneLabel, type TimeZoneMode } from "../../lib/state/time-format";
import { FilterValue } from "../filters/filter-value";
import { useAppStore } from "../state/store-provider";
import { EntityTable, type EntityColumn, type EntityTableFeatures } from "./entity-table";
import styles from "./entity.module.css";

/** A time in the analyst's zone, with the full UTC time in the tooltip. */
export function TimeText({ ms, tz }: { ms: number; tz: TimeZoneMode }) {
  return <time dateTime={Number.isFinite(ms) ? new Date(ms).toISOString() : undefined}>{formatTime(ms, tz)}</time>;
}

/** 0.123 → "12.3%". */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return "–";
  const p = share * 100;
  return p === 0 ? "0%" : p < 0.1 ? "<0.1%" : `${p.toFixed(p < 10 ? 1 : 0)}%`;
}

/** "First seen (UTC)". */
export function timeHeader(label: string, tz: TimeZoneMode): string {
  return `${label} (${zoneLabel(tz)})`;
}

const seenHelper = createColumnHelper<EntityTableFeatures, ValueSeen>();

/** The columns of a top-values table of `field`. */
export function seenColumns(field: string, tz: TimeZoneMode, maxChars = 80): EntityColumn<ValueSeen>[] {
  return [
    seenHelper.accessor("value", {
      id: "value",
      header: fieldLabel(field),
      sortFn: "alphanumeric",
      cell: (info) => <FilterValue field={field} value={info.getValue()} maxChars={maxChars} />,
    }),
    seenHelper.accessor("count", { id: "count", header: "Events", cell: (info) => formatCount(info.getValue()) }),
    seenHelper.accessor("first", { id: "first", header: timeHeader("First seen", tz), cell: (info) => <TimeText ms={info.getValue()} tz={tz} /> }),
    seenHelper.accessor("last", { id: "last", header: timeHeader("Last seen", tz), cell: (info) => <TimeText ms={info.getValue()} tz={tz} /> }),
  ];
}

/** A panel with the top values of one field (count, first and last seen), each value clickable to filter. */
export function SeenPanel({ title, field, items, distinct, maxChars }: { title: string; field: string; items: ValueSeen[]; distinct: number; maxChars?: number }) {
  const tz = useAppStore((s) => s.timeZone);
  const columns = useMemo(() => seenColumns(field, tz, maxChars), [field, tz, maxChars]);
  return (
    <section aria-label={title} className={styles.panel}>
      <div className={styles.panelHead}>
        <h2>{title}</h2>
        <span className={styles.muted}>{distinct > items.length ? `top ${items.length} of ${formatCount(distinct)}` : formatCount(distinct)}</span>
      </div>
      <EntityTable
        label={title}
        data={items}
        columns={columns}
        getRowId={(v) => v.value}
        initialSort={[{ id: "count", desc: true }]}
        numeric={["count"]}
        empty="None."
      />
    </section>
  );
}

/** One figure of a summary list (inside a <dl>). */
export function Stat({ label, value, title }: { label: string; value: ReactNode; title?: string }) {
  return (
    <div className={styles.stat} title={title}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
