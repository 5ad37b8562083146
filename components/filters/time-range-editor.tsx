"use client";
/**
 * The typed time range: From/To in the shown zone (UTC or local), or any ISO
 * 8601 time with its own offset. The same range is set by brushing the
 * timeline.
 */
import { useId, useState, type FormEvent } from "react";
import type { TimeRange } from "../../lib/index/types";
import { formatTime, zoneLabel, type TimeZoneMode } from "../../lib/state/time-format";
import { readRange } from "./time-range";
import { useEscapeToClose } from "../layout/escape-stack";
import styles from "./filters.module.css";

interface TimeRangeEditorProps {
  range: TimeRange | null;
  /** The dataset's extent, offered as the default. */
  bounds: TimeRange | null;
  tz: TimeZoneMode;
  onApply(range: TimeRange | null): void;
  onClose(): void;
}

/** The From/To form. */
export function TimeRangeEditor({ range, bounds, tz, onApply, onClose }: TimeRangeEditorProps) {
  const initial = range ?? bounds;
  const [from, setFrom] = useState(initial ? formatTime(initial.start, tz) : "");
  const [to, setTo] = useState(initial ? formatTime(initial.end, tz) : "");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEscapeToClose(true, onClose);

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const read = readRange(from, to, tz);
    if ("error" in read) return setError(read.error);
    onApply(read.range);
    onClose();
  };

  return (
    <form className={styles.rangeEditor} onSubmit={submit} aria-label="Time range" noValidate>
      <label htmlFor={`${id}-from`}>From</label>
      <input id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={error?.startsWith("From") || undefined} size={19} autoFocus />
      <label htmlFor={`${id}-to`}>To</label>
      <input id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={error?.startsWith("To") || undefined} size={19} />
      <span className={styles.muted}>{zoneLabel(tz)}</span>
      <button type="submit" className={styles.button}>
        Apply
      </button>
      <button type="button" className={styles.button} onClick={onClose}>
        Cancel
      </button>
      {error && (
        <p role="alert" className={styles.fieldError}>
          {error}
        </p>
      )}
    </form>
  );
}
