"use client";
/**
 * The notes pinned to one thing (an event, a principal, a bucket, a time
 * range), shown where that thing is, with "Add note on this …". Mount it with
 * one line wherever the thing appears.
 */
import { useMemo, useState } from "react";
import type { NoteTarget } from "../../lib/story/note";
import { NoteCard } from "./note-card";
import { NoteEditor } from "./note-editor";
import { sameTarget } from "./note-model";
import { addNote, useNotes } from "./notes-store";
import styles from "./notes.module.css";

const NOUNS: Record<NoteTarget["kind"], string> = { event: "event", time: "time range", principal: "principal", bucket: "bucket" };

/** Notes on `target` and the button that adds one. */
export function TargetNotes({ target, className }: { target: NoteTarget; className?: string }) {
  const { notes } = useNotes();
  const [adding, setAdding] = useState(false);
  const mine = useMemo(() => notes.filter((n) => sameTarget(n.target, target)), [notes, target]);
  const noun = NOUNS[target.kind];

  return (
    <section className={`${styles.notes} ${className ?? ""}`} aria-label={`Notes on this ${noun}`}>
      {!adding && (
        <div className={styles.bar}>
          <button type="button" className={styles.button} onClick={() => setAdding(true)}>
            Add note on this {noun}
          </button>
          {mine.length > 0 && (
            <span className={styles.muted}>
              {mine.length} note{mine.length === 1 ? "" : "s"}
            </span>
          )}
        </div>
      )}
      {adding && (
        <NoteEditor
          label={`New note on this ${noun}`}
          onCancel={() => setAdding(false)}
          onSave={async (text) => {
            const errors = await addNote(target, text);
            if (errors.length === 0) setAdding(false);
            return errors;
          }}
        />
      )}
      {mine.length > 0 && (
        <ul className={styles.list}>
          {mine.map((n) => (
            <li key={n.id}>
              <NoteCard note={n} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
