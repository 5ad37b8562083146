"use client";
/** The form that edits a step's title, talking point (Markdown) and speaker notes. */
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Step } from "../../lib/story/schema";
import { useEscapeToClose } from "../layout/escape-stack";
import styles from "./story-io.module.css";

export interface StepPatch {
  title: string;
  talkingPoint: string;
  notes: string;
}

/** The form; `onSave` resolves with the errors that refused the edit (none: the form closes). */
export function StepForm({ step, onSave, onCancel }: { step: Step; onSave(patch: StepPatch): Promise<string[]>; onCancel(): void }) {
  const [patch, setPatch] = useState<StepPatch>({ title: step.title, talkingPoint: step.talkingPoint, notes: step.notes });
  const [errors, setErrors] = useState<string[]>([]);
  const first = useRef<HTMLInputElement>(null);
  useEscapeToClose(true, onCancel);
  useEffect(() => first.current?.focus(), []);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setErrors(await onSave(patch));
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={`Edit step ${step.title}`}>
      <label>
        Title
        <input ref={first} className={styles.input} value={patch.title} onChange={(e) => setPatch({ ...patch, title: e.target.value })} />
      </label>
      <label>
        Talking point (Markdown)
        <textarea className={styles.input} value={patch.talkingPoint} onChange={(e) => setPatch({ ...patch, talkingPoint: e.target.value })} />
      </label>
      <label>
        Speaker notes
        <textarea className={styles.input} value={patch.notes} onChange={(e) => setPatch({ ...patch, notes: e.target.value })} />
      </label>
      {errors.length > 0 && (
        <ul role="alert" className={styles.error}>
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.primary}>
          Save step
        </button>
        <button type="button" className={styles.button} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
