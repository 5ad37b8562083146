/** How times are shown: UTC by default (CloudTrail's own zone), or the browser's local time. */
import type { SliceCreator } from "./slice";
import type { TimeZoneMode } from "./time-format";

export interface TimeZoneSlice {
  timeZone: TimeZoneMode;
  setTimeZone(tz: TimeZoneMode): void;
}

/** Creates the time zone slice. */
export const createTimeZoneSlice: SliceCreator<TimeZoneSlice> = (set) => ({
  timeZone: "utc",
  setTimeZone: (timeZone) => set({ timeZone }),
});
