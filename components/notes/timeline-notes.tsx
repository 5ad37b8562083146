"use client";
/**
 * Notes on the timeline: the notes whose target lies in the shown time range
 * (events at their time, overlapping time ranges), with "Add note on this
 * time range", and their marks drawn inside the chart.
 */
import Link from "next/link";
import { useMemo, useState } from "react";
import { ReferenceArea, ReferenceLine } from "recharts";
import { hrefFor } from "../../lib/state/url-state";
import { noteApplies } from "../../lib/story/note";
import { useUrlState } from "../hooks/use-url-state";
import { NoteCard } from "./note-card";
import { NoteEditor } from "./note-editor";
import { noteMarks, type NoteAxis } from "./note-model";
import { addNote, useNotes } from "./notes-store";
import styles from "./notes.module.css";

/** Notes listed under the chart at most; the notes page has all. */
const MAX_LISTED = 20;

/** The notes bar under the timeline chart for the shown `range`. */
export function TimelineNotes({ range }: { range: { start: number; end: number } }) {
  const { notes } = useNotes();
  const url = useUrlState();
  // The range being noted is the one shown when "Add note" was pressed, even if the chart zooms meanwhile.
  const [adding, setAdding] = useState<{ start: number; end: number } | null>(null);
  const [open, setOpen] = useState(true);
  const shown = useMemo(() => notes.filter((n) => noteApplies(n, { range })), [notes, range]);

  return (
    <section className={styles.notes} aria-label="Notes in this time range">
      <div className={styles.bar}>
        {shown.length > 0 ? (
          <button type="button" className={styles.button} aria-expanded={open} onClick={() => setOpen(!open)}>
            {shown.length} note{shown.length === 1 ? "" : "s"} in this range
          </button>
        ) : (
          <span className={styles.muted}>No notes in this range</span>
        )}
        {!adding && (
          <button type="button" className={styles.button} onClick={() => setAdding({ start: range.start, end: range.end })}>
            Add note on this time range
          </button>
        )}
        <Link href={hrefFor("/notes", url)} prefetch={false} className={styles.muted}>
          All notes
        </Link>
      </div>
      {adding && (
        <NoteEditor
          label="New note on this time range"
          onCancel={() => setAdding(null)}
          onSave={async (text) => {
            const errors = await addNote({ kind: "time", start: adding.start, end: adding.end }, text);
            if (errors.length === 0) setAdding(null);
            return errors;
          }}
        />
      )}
      {open && shown.length > 0 && (
        <ul className={styles.list}>
          {shown.slice(0, MAX_LISTED).map((n) => (
            <li key={n.id}>
              <NoteCard note={n} showTarget />
            </li>
          ))}
          {shown.length > MAX_LISTED && <li className={styles.muted}>…and {shown.length - MAX_LISTED} more on the notes page.</li>}
        </ul>
      )}
    </section>
  );
}

const NO_POINTER = { pointerEvents: "none" } as const;
const NOTE_COLOR = "var(--warn)";

/** The notes' marks as chart children (recharts 3 reads the axes from context): a line per noted event, a band per noted range. */
export function TimelineNoteMarkers({ first, spanMs, buckets }: NoteAxis) {
  const { notes } = useNotes();
  const marks = useMemo(() => noteMarks(notes, { first, spanMs, buckets }), [notes, first, spanMs, buckets]);
  // Labels of marks in the right half go left of their line, so the chart's edge never cuts them.
  const middle = first + (buckets * spanMs) / 2;
  return (
    <>
      {marks.map((m) =>
        m.kind === "event" ? (
          <ReferenceLine
            key={m.key}
            x={m.x1}
            stroke={NOTE_COLOR}
            strokeWidth={2}
            ifOverflow="hidden"
            className="note-marker note-marker-event"
            style={NO_POINTER}
            label={{ value: m.count === 1 ? "note" : `${m.count} notes`, position: m.x1 > middle ? "insideTopRight" : "insideTopLeft", fill: NOTE_COLOR, fontSize: 11 }}
          />
        ) : (
          <ReferenceArea
            key={m.key}
            x1={m.x1}
            x2={m.x2}
            fill={NOTE_COLOR}
            fillOpacity={0.1}
            stroke={NOTE_COLOR}
            strokeOpacity={0.6}
            strokeDasharray="3 3"
            ifOverflow="hidden"
            className="note-marker note-marker-time"
            style={NO_POINTER}
          />
        ),
      )}
    </>
  );
}
