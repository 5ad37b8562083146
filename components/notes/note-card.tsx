"use client";
/** One note: its text (safe Markdown), what it is pinned to (with a link there), and edit/delete. */
import Link from "next/link";
import { useState } from "react";
import { formatTime, zoneLabel } from "../../lib/state/time-format";
import type { AnalystNote } from "../../lib/story/note";
import { useUrlState } from "../hooks/use-url-state";
import { useAppStore } from "../state/store-provider";
import { MarkdownText } from "./markdown-text";
import { NoteEditor } from "./note-editor";
import { targetHref, targetText } from "./note-model";
import { removeNote, updateNote } from "./notes-store";
import styles from "./notes.module.css";

interface NoteCardProps {
  note: AnalystNote;
  /** Show what the note is pinned to, with a link (off where the target is the page itself). */
  showTarget?: boolean;
  /** A checkbox to select the note (the notes page). */
  selected?: boolean;
  onSelect?(selected: boolean): void;
}

/** The card. */
export function NoteCard({ note, showTarget = false, selected, onSelect }: NoteCardProps) {
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fmt = (ms: number) => `${formatTime(ms, tz)} ${zoneLabel(tz)}`;
  const about = targetText(note.target, fmt);

  return (
    <article className={styles.card} aria-label={`Note on ${about}`} data-testid="note">
      <div className={styles.cardHead}>
        {onSelect && (
          <label className={styles.check}>
            <input type="checkbox" checked={selected === true} onChange={(e) => onSelect(e.target.checked)} aria-label={`Select note on ${about}`} />
          </label>
        )}
        <span className={styles.muted}>Note · {fmt(note.updatedAt ?? note.createdAt)}</span>
        {showTarget && (
          <Link href={targetHref(note.target, url)} prefetch={false} className={styles.muted}>
            {about}
          </Link>
        )}
        <span className={styles.actions}>
          <button type="button" className={styles.button} onClick={() => setEditing(true)} aria-label={`Edit note on ${about}`}>
            Edit
          </button>
          <button
            type="button"
            className={styles.button}
            aria-label={`Delete note on ${about}`}
            onClick={() => void removeNote(note.id).then(setError)}
          >
            Delete
          </button>
        </span>
      </div>
      {editing ? (
        <NoteEditor
          label={`Edit note on ${about}`}
          initial={note.text}
          onCancel={() => setEditing(false)}
          onSave={async (text) => {
            const errors = await updateNote(note, text);
            if (errors.length === 0) setEditing(false);
            return errors;
          }}
        />
      ) : (
        <MarkdownText text={note.text} className={styles.text} />
      )}
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </article>
  );
}
