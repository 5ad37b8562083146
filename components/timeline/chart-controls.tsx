"use client";
/** The histogram's settings: bucket size (automatic or manual) and the field to stack by. */
import { fieldLabel } from "../../lib/state/field-names";
import { STACK_FIELDS } from "../../lib/state/events-view-slice";
import { parseSpan, SPAN_CHOICES, type SpanChoice, type SpanSetting } from "../../lib/state/time-spans";
import styles from "./timeline.module.css";

interface ChartControlsProps {
  span: SpanSetting;
  effective: SpanChoice;
  stackBy: string;
  onSpan(span: SpanSetting): void;
  onStackBy(field: string): void;
}

/** Bucket and stack selects. */
export function ChartControls({ span, effective, stackBy, onSpan, onStackBy }: ChartControlsProps) {
  const stackOptions = STACK_FIELDS.includes(stackBy) || stackBy === "" ? STACK_FIELDS : [...STACK_FIELDS, stackBy];
  return (
    <div className={styles.controls}>
      <label className={styles.control}>
        Bucket
        <select value={span} onChange={(e) => onSpan(parseSpan(e.target.value) ?? "auto")}>
          <option value="auto">Auto ({effective.label})</option>
          {SPAN_CHOICES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.control}>
        Stack by
        <select value={stackBy} onChange={(e) => onStackBy(e.target.value)}>
          <option value="">None</option>
          {stackOptions.map((f) => (
            <option key={f} value={f}>
              {fieldLabel(f)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
