"use client";
/** The inline form that writes or edits a note: a Markdown textarea, Save (Ctrl+Enter) and Cancel (Esc). */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { MAX_MARKDOWN_LENGTH } from "../../lib/story/markdown";
import { useEscapeToClose } from "../layout/escape-stack";
import styles from "./notes.module.css";

interface NoteEditorProps {
  /** What the note is about, for the textarea's label ("Note on principal alex.miller"). */
  label: string;
  initial?: string;
  /** Saves; resolves with the errors that refused the text (none: the editor closes). */
  onSave(text: string): Promise<string[]>;
  onCancel(): void;
}

/** The form. */
export function NoteEditor({ label, initial = "", onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = useState(initial);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEscapeToClose(true, onCancel);

  useEffect(() => {
    area.current?.focus();
  }, []);

  const save = async (ev?: FormEvent) => {
    ev?.preventDefault();
    if (busy) return;
    setBusy(true);
    const problems = await onSave(text);
    setBusy(false);
    setErrors(problems);
  };

  const onKey = (ev: KeyboardEvent<HTMLTextAreaElement>) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) void save();
  };

  return (
    <form className={styles.editor} onSubmit={save} aria-label={label}>
      <textarea ref={area} aria-label={label} value={text} maxLength={MAX_MARKDOWN_LENGTH} onChange={(e) => setText(e.target.value)} onKeyDown={onKey} placeholder="Markdown: **bold**, *italics*, lists, > quotes, links" />
      {errors.length > 0 && (
        <ul role="alert" className={styles.error}>
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      <div className={styles.bar}>
        <button type="submit" className={styles.primary} disabled={busy}>
          Save note
        </button>
        <button type="button" className={styles.button} onClick={onCancel}>
          Cancel
        </button>
        <span className={styles.muted}>Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
