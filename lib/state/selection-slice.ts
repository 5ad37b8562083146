/**
 * What the analyst has selected in each view: an event (the timeline's detail
 * panel), a principal (/users) and a bucket (/buckets). Events are named by
 * their CloudTrail eventID so a link survives a reload of the same logs; a
 * record without an eventID is named by its row number instead.
 */
import type { SliceCreator } from "./slice";

export type EventRef = { eventId: string } | { row: number };

export interface SelectionSlice {
  selectedEvent: EventRef | null;
  selectedPrincipal: string | null;
  selectedBucket: string | null;
  selectEvent(ref: EventRef | null): void;
  selectPrincipal(principal: string | null): void;
  selectBucket(bucket: string | null): void;
}

/** True when two event references name the same event. */
export function sameEventRef(a: EventRef | null, b: EventRef | null): boolean {
  if (a === null || b === null) return a === b;
  if ("eventId" in a) return "eventId" in b && a.eventId === b.eventId;
  return "row" in b && a.row === b.row;
}

/** Creates the selection slice. */
export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedEvent: null,
  selectedPrincipal: null,
  selectedBucket: null,
  selectEvent: (ref) => set({ selectedEvent: ref }),
  selectPrincipal: (principal) => set({ selectedPrincipal: principal }),
  selectBucket: (bucket) => set({ selectedBucket: bucket }),
});
