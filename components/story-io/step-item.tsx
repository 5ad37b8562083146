"use client";
/**
 * One step in the story editor: its title, view and talking point, with move
 * up/down (buttons, or Alt+↑/Alt+↓ on the focused step), edit and delete.
 */
import { forwardRef, useState, type KeyboardEvent } from "react";
import type { Step } from "../../lib/story/schema";
import { MarkdownText } from "../notes/markdown-text";
import { StepForm, type StepPatch } from "./step-form";
import styles from "./story-io.module.css";

interface StepItemProps {
  step: Step;
  index: number;
  count: number;
  /** null for a story that cannot be edited (a built-in one). */
  onMove: ((to: number) => void) | null;
  onSave: ((patch: StepPatch) => Promise<string[]>) | null;
  onDelete: (() => void) | null;
}

function viewText(step: Step): string {
  const v = step.view;
  switch (v.kind) {
    case "user":
      return v.principal ? `principal ${v.principal}` : "principal page";
    case "bucket":
      return v.bucket ? `bucket ${v.bucket}` : "bucket page";
    case "search":
      return "search";
    case "event":
      return v.eventId ? `event ${v.eventId}` : "event";
    default:
      return v.kind;
  }
}

/** The step. */
export const StepItem = forwardRef<HTMLLIElement, StepItemProps>(function StepItem({ step, index, count, onMove, onSave, onDelete }, ref) {
  const [editing, setEditing] = useState(false);
  const name = `step ${index + 1}`;

  const onKey = (ev: KeyboardEvent<HTMLLIElement>) => {
    if (!onMove || !ev.altKey || ev.target !== ev.currentTarget) return;
    if (ev.key === "ArrowUp" && index > 0) {
      ev.preventDefault();
      onMove(index - 1);
    } else if (ev.key === "ArrowDown" && index < count - 1) {
      ev.preventDefault();
      onMove(index + 1);
    }
  };

  return (
    <li ref={ref} className={styles.item} tabIndex={0} onKeyDown={onKey} aria-label={`Step ${index + 1}: ${step.title}`} data-step-id={step.id}>
      <div className={styles.itemHead}>
        <span className={styles.muted}>{index + 1}.</span>
        <h3>{step.title}</h3>
        <span className={styles.muted}>{viewText(step)}</span>
        {onMove && (
          <span className={styles.itemActions}>
            <button type="button" className={styles.button} disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move ${name} up`}>
              ↑ Up
            </button>
            <button type="button" className={styles.button} disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move ${name} down`}>
              ↓ Down
            </button>
            {onSave && (
              <button type="button" className={styles.button} onClick={() => setEditing(true)} aria-label={`Edit ${name}`}>
                Edit
              </button>
            )}
            {onDelete && (
              <button type="button" className={styles.danger} onClick={onDelete} aria-label={`Delete ${name}`}>
                Delete
              </button>
            )}
          </span>
        )}
      </div>
      {editing && onSave ? (
        <StepForm
          step={step}
          onCancel={() => setEditing(false)}
          onSave={async (patch) => {
            const errors = await onSave(patch);
            if (errors.length === 0) setEditing(false);
            return errors;
          }}
        />
      ) : (
        <>
          {step.talkingPoint && <MarkdownText text={step.talkingPoint} className={styles.text} />}
          {step.notes && <p className={styles.muted}>Speaker notes: {step.notes}</p>}
        </>
      )}
    </li>
  );
});
