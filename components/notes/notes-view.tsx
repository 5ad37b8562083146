"use client";
/**
 * Route /notes: every analyst note, newest first, with what it is pinned to
 * (a link there), edit and delete; selected notes become steps of a saved
 * story ("Add to story"), in the order their targets happened.
 */
import Link from "next/link";
import { useMemo, useState } from "react";
import { storyOrder } from "./note-model";
import { NoteCard } from "./note-card";
import { useNotes } from "./notes-store";
import { AddToStory } from "../story-io/add-to-story";
import styles from "./notes.module.css";

/** The notes page. */
export function NotesView() {
  const { notes, loaded, error } = useNotes();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const selected = useMemo(() => storyOrder(notes.filter((n) => picked.has(n.id))), [notes, picked]);
  const all = notes.length > 0 && selected.length === notes.length;

  const toggle = (id: string, on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div className={styles.page}>
      <h1>Notes</h1>
      <p className={styles.muted}>
        Notes are kept in this browser. Add one from an event&apos;s details, a principal or bucket page, or the timeline; select notes to turn them into story steps, then{" "}
        <Link href="/story/edit" prefetch={false}>
          edit and export your stories
        </Link>
        .
      </p>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      {loaded && notes.length === 0 && <p className={styles.muted}>No notes yet.</p>}
      {notes.length > 0 && (
        <>
          <div className={styles.bar}>
            <label className={styles.check}>
              <input type="checkbox" checked={all} onChange={(e) => setPicked(e.target.checked ? new Set(notes.map((n) => n.id)) : new Set())} />
              Select all
            </label>
            <span className={styles.muted}>
              {selected.length} of {notes.length} selected
            </span>
            <AddToStory notes={selected} onAdded={() => setPicked(new Set())} />
          </div>
          <ul className={styles.list} aria-label="All notes">
            {notes.map((n) => (
              <li key={n.id}>
                <NoteCard note={n} showTarget selected={picked.has(n.id)} onSelect={(on) => toggle(n.id, on)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
