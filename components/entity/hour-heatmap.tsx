"use client";
/**
 * The hour-of-day × day heatmap: one row per day, one column per UTC hour,
 * so activity at unusual hours (a 01:00–05:00 band on a few nights) stands
 * out as a shape. Night columns and weekend rows are marked; every cell is a
 * table cell named by its count, and a cell with events filters to its hour.
 */
import type { Heatmap } from "../../lib/worker/entity-types";
import { formatCount } from "../../lib/state/format";
import { cellLabel, cellRange, heatLevel, heatRows, hourHead, isNightHour, OFF_HOURS_TEXT } from "./heatmap-model";
import styles from "./heatmap.module.css";

interface HourHeatmapProps {
  heatmap: Heatmap;
  /** Accessible name of the table. */
  label: string;
  /** Filters to one cell's hour. */
  onCell(range: { start: number; end: number }): void;
  /** Cells to outline (a story's evidence): row start (00:00 UTC of its first day) and hour. */
  marked?(rowStart: number, hour: number): boolean;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const pad = (h: number) => String(h).padStart(2, "0");

/** The heatmap table. */
export function HourHeatmap({ heatmap, label, onCell, marked }: HourHeatmapProps) {
  const rows = heatRows(heatmap);
  const { counts, max, eventName, daysPerRow } = heatmap;
  if (rows.length === 0) return <p className={styles.empty}>No activity in this range.</p>;
  return (
    <div className={styles.wrap}>
      <table className={styles.heatmap} aria-label={label}>
        <caption className={styles.caption}>
          Rows: {daysPerRow === 1 ? "days" : `${daysPerRow} days each`} · columns: hour of day (UTC) · shaded: off-hours ({OFF_HOURS_TEXT})
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              <span className={styles.visuallyHidden}>Day</span>
            </th>
            {HOURS.map((h) => (
              <th key={h} scope="col" className={styles.hourHead} data-night={isNightHour(h) || undefined} title={`${pad(h)}:00–${pad(h + 1)}:00 UTC`}>
                {hourHead(h)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.start} data-weekend={row.weekend || undefined}>
              <th scope="row" className={styles.dayHead}>
                {row.label}
                {row.weekday && <span className={styles.weekday}> {row.weekday}</span>}
              </th>
              {HOURS.map((h) => {
                const n = counts[r * 24 + h] ?? 0;
                const text = cellLabel(row, h, n, eventName);
                const range = cellRange(row, h, daysPerRow);
                return (
                  <td key={h} className={styles.cell} data-level={heatLevel(n, max)} data-night={isNightHour(h) || undefined} data-marked={marked?.(row.start, h) || undefined} aria-label={text} title={text}>
                    {n > 0 &&
                      (range ? (
                        <button type="button" className={styles.cellButton} onClick={() => onCell(range)} aria-label={text} title={`${text}\nClick to filter to this hour`}>
                          {formatCount(n)}
                        </button>
                      ) : (
                        <span aria-hidden="true">{formatCount(n)}</span>
                      ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.scale} aria-hidden="true">
        <span>fewer</span>
        {[1, 2, 3, 4, 5, 6].map((l) => (
          <span key={l} className={styles.swatch} data-level={l} />
        ))}
        <span>more (busiest cell: {formatCount(max)})</span>
      </p>
    </div>
  );
}
