"use client";
/** UTC (default) or local time, for every time the app shows or reads. */
import { useAppStore } from "../state/store-provider";
import styles from "./app-header.module.css";

/** The two-way zone switch in the header. */
export function TimeZoneSwitch() {
  const tz = useAppStore((s) => s.timeZone);
  const setTimeZone = useAppStore((s) => s.setTimeZone);
  return (
    <div role="group" aria-label="Time zone" className={styles.segmented}>
      <button type="button" aria-pressed={tz === "utc"} onClick={() => setTimeZone("utc")} title="Show times in UTC">
        UTC
      </button>
      <button type="button" aria-pressed={tz === "local"} onClick={() => setTimeZone("local")} title="Show times in this browser's time zone">
        Local
      </button>
    </div>
  );
}
