"use client";
/**
 * The detail panel of the selected event: pivots, every normalised field (each
 * clickable to filter or exclude, shown in full), and the raw record.
 */
import { useRef, useEffect, useState } from "react";
import type { CellValue } from "../../lib/index/types";
import { CORE_FIELDS } from "../../lib/cloudtrail/fields";
import { isSafeFieldName } from "../../lib/state/field-names";
import { formatBytes } from "../../lib/state/format";
import { formatTime, isoUtc, zoneLabel } from "../../lib/state/time-format";
import type { RawRecord } from "../../lib/worker/protocol";
import { ExcludeButton, FilterValue } from "../filters/filter-value";
import { filterValueOf } from "../filters/value-text";
import { useEscapeToClose } from "../layout/escape-stack";
import { EventNotes } from "../notes/entity-notes";
import { SearchValueButton } from "../search/search-value-button";
import { useAppStore } from "../state/store-provider";
import { pivotsFor } from "./pivots";
import { RawRecordView } from "./raw-record";
import type { SelectedEvent } from "./use-selected-event";
import styles from "./events.module.css";

/** A field of the record ("" when absent). Own properties only: the keys come from the worker. */
function fieldOf(record: RawRecord, name: string): CellValue {
  return Object.hasOwn(record.fields, name) ? (record.fields[name] ?? "") : "";
}

function present(v: CellValue): boolean {
  return typeof v === "number" ? !Number.isNaN(v) : v !== "";
}

/** The panel; `onClose` clears the selection. */
export function EventDetail({ selected, onClose }: { selected: SelectedEvent; onClose(): void }) {
  const tz = useAppStore((s) => s.timeZone);
  const replaceFilters = useAppStore((s) => s.replaceFilters);
  const heading = useRef<HTMLHeadingElement>(null);
  useEscapeToClose(true, onClose);
  const { record, error, loading } = selected;

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [record?.row]);

  const title = record ? String(fieldOf(record, "eventName") || "Event") : "Event";
  const time = record ? fieldOf(record, "time") : Number.NaN;
  const extras = record
    ? Object.keys(record.fields).filter((k) => !CORE_FIELDS.some((f) => f.name === k) && isSafeFieldName(k) && present(fieldOf(record, k)))
    : [];

  return (
    <aside aria-label="Event details" className={styles.detail}>
      <div className={styles.detailHead}>
        <h2 ref={heading} tabIndex={-1} className={styles.detailTitle} title={title}>
          {title}
        </h2>
        <button type="button" className={styles.iconButton} onClick={onClose} aria-label="Close event details" title="Close (Esc)">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      {loading && !record && <p className={styles.muted}>Reading the record…</p>}
      {record && (
        <>
          <p className={styles.muted}>
            <span title={typeof time === "number" && Number.isFinite(time) ? isoUtc(time) : undefined}>
              {formatTime(typeof time === "number" ? time : Number.NaN, tz)} {zoneLabel(tz)}
            </span>
          </p>
          <section aria-label="Pivots" className={styles.pivots}>
            {pivotsFor((f) => fieldOf(record, f)).map((p) => (
              <button key={p.id} type="button" className={styles.button} title={`Show ${p.detail}`} onClick={() => replaceFilters(p.filters)}>
                {p.label}
              </button>
            ))}
          </section>
          <EventNotes fields={record.fields} />
          <section aria-label="Fields" className={styles.fields}>
            <h3>Fields</h3>
            <dl className={styles.fieldList}>
              {CORE_FIELDS.filter((f) => f.name !== "time" && present(fieldOf(record, f.name))).map((f) => (
                <FieldRow key={f.name} name={f.name} label={f.label} value={fieldOf(record, f.name)} />
              ))}
              {extras.map((name) => (
                <FieldRow key={name} name={name} label={name} value={fieldOf(record, name)} />
              ))}
            </dl>
          </section>
          <RawRecordView json={record.json} path={record.path} />
        </>
      )}
    </aside>
  );
}

/** Characters of one field value shown before "Show all" (a 1 MB user agent must not flood the panel). */
export const FIELD_SHOWN_CHARS = 2_000;

function FieldRow({ name, label, value }: { name: string; label: string; value: CellValue }) {
  const [all, setAll] = useState(false);
  const length = filterValueOf(value).length;
  const cut = !all && length > FIELD_SHOWN_CHARS;
  return (
    <>
      <dt title={name}>{label}</dt>
      <dd>
        <FilterValue field={name} value={value} maxChars={cut ? FIELD_SHOWN_CHARS : Infinity} className={styles.fullValue} />
        {cut && (
          <button type="button" className={styles.button} onClick={() => setAll(true)} aria-label={`Show all of ${label} (${formatBytes(length)})`}>
            Show all ({formatBytes(length)})
          </button>
        )}
        <ExcludeButton field={name} value={value} />
        <SearchValueButton field={name} value={value} />
      </dd>
    </>
  );
}
