"use client";
/** The mark on an events-table row whose event has notes. */
import type { CellValue } from "../../lib/index/types";
import { useNotes } from "./notes-store";
import styles from "./notes.module.css";

/** A mark on the row (read as "has a note" / "has 2 notes") when the event `eventId` has notes; nothing otherwise. */
export function EventNoteBadge({ eventId }: { eventId: CellValue }) {
  const { notes } = useNotes();
  if (typeof eventId !== "string" || eventId === "") return null;
  let n = 0;
  for (const note of notes) if (note.target.kind === "event" && note.target.eventId === eventId) n++;
  if (n === 0) return null;
  return (
    // A folded corner on the row (the time fills its cell); the words are for screen readers, inside the time button.
    <>
      <span className={styles.rowMark} aria-hidden="true" data-testid="event-note-badge" />
      <span className={styles.visuallyHidden}>{n === 1 ? ", has a note" : `, has ${n} notes`}</span>
    </>
  );
}
