"use client";
/** Chooses the table's columns from every indexed field (core fields, then extra CloudTrail paths). */
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { CORE_FIELD_NAMES, fieldLabel, isSafeFieldName } from "../../lib/state/field-names";
import { DEFAULT_COLUMNS } from "../../lib/state/events-view-slice";
import { useHasData } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { useEscapeToClose } from "../layout/escape-stack";
import { useAppStore } from "../state/store-provider";
import styles from "./events.module.css";

const NO_PARAMS = {} as Record<string, never>;

/** The "Columns" button and its checklist. */
export function ColumnPicker() {
  const [open, setOpen] = useState(false);
  const columns = useAppStore((s) => s.columns);
  const toggleColumn = useAppStore((s) => s.toggleColumn);
  const setColumns = useAppStore((s) => s.setColumns);
  const hasData = useHasData();
  const fields = useEngineQuery("fields", hasData && open ? NO_PARAMS : null);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEscapeToClose(open, () => setOpen(false));

  useEffect(() => {
    if (!open) return;
    const onDown = (ev: PointerEvent) => {
      if (box.current && ev.target instanceof Node && !box.current.contains(ev.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const extras = useMemo(
    () => (fields.data ?? []).map((f) => f.name).filter((n) => !CORE_FIELD_NAMES.includes(n) && isSafeFieldName(n)),
    [fields.data],
  );

  return (
    <div className={styles.picker} ref={box}>
      <button type="button" className={styles.button} aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((o) => !o)}>
        Columns ({columns.length})
      </button>
      {open && (
        <fieldset id={`${id}-list`} className={styles.pickerList}>
          <legend>Columns</legend>
          <button type="button" className={styles.linkButton} onClick={() => setColumns([...DEFAULT_COLUMNS])}>
            Reset to default
          </button>
          {[...CORE_FIELD_NAMES, ...extras].map((name) => (
            <label key={name} className={styles.pickerItem} title={name}>
              <input type="checkbox" checked={columns.includes(name)} onChange={() => toggleColumn(name)} disabled={columns.length === 1 && columns[0] === name} />
              {fieldLabel(name)}
            </label>
          ))}
          {fields.error && <p className={styles.error}>{fields.error}</p>}
        </fieldset>
      )}
    </div>
  );
}
