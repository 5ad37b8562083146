"use client";
/** The mark on an events-table row whose event has notes. */
import type { CellValue } from "../../lib/index/types";
import { useNotes } from "./notes-store";
import styles from "./notes.module.css";

/** "note" / "2 notes" when the event `eventId` has notes; nothing otherwise. */
export function EventNoteBadge({ eventId }: { eventId: CellValue }) {
  const { notes } = useNotes();
  if (typeof eventId !== "string" || eventId === "") return null;
  let n = 0;
  for (const note of notes) if (note.target.kind === "event" && note.target.eventId === eventId) n++;
  if (n === 0) return null;
  return (
    <span className={styles.badge} data-testid="event-note-badge" title={`${n} analyst note${n === 1 ? "" : "s"} on this event`}>
      {n === 1 ? "note" : `${n} notes`}
    </span>
  );
}
