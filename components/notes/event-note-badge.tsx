"use client";
/** The mark on an events-table row whose event has notes. */
import { useMemo } from "react";
import type { AnalystNote } from "../../lib/story/note";
import type { CellValue } from "../../lib/index/types";
import { useNotes } from "./notes-store";
import styles from "./notes.module.css";

/** How many notes each event has (by eventID). */
export function eventNoteCounts(notes: readonly AnalystNote[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const note of notes) if (note.target.kind === "event") counts.set(note.target.eventId, (counts.get(note.target.eventId) ?? 0) + 1);
  return counts;
}

/**
 * The mark of a row with `n` notes (nothing when none): a folded corner on the row, and words for screen readers
 * inside the cell. A plain function, not a component: the events table draws it in every row of every scroll frame.
 */
export function noteMark(n: number) {
  if (n === 0) return null;
  return (
    <>
      <span className={styles.rowMark} aria-hidden="true" data-testid="event-note-badge" />
      <span className={styles.visuallyHidden}>{n === 1 ? ", has a note" : `, has ${n} notes`}</span>
    </>
  );
}

/** The notes per event of the analyst's notes, counted once per change of the notes (not once per row drawn). */
export function useEventNoteCounts(): ReadonlyMap<string, number> {
  const { notes } = useNotes();
  return useMemo(() => eventNoteCounts(notes), [notes]);
}

/** How many notes the event with this eventID value has (0 for a missing or non-text id). */
export function noteCountOf(counts: ReadonlyMap<string, number>, eventId: CellValue): number {
  return typeof eventId === "string" && eventId !== "" ? (counts.get(eventId) ?? 0) : 0;
}
