"use client";
/**
 * The presenter's window (/story/present?role=notes): the current step, its
 * speaker notes and talking point, the next step, and a timer. It has no
 * data of its own: the audience window sends the story and the position,
 * and this window steers it back (keys and buttons as in presenter mode).
 */
import { useEffect, useRef, useState } from "react";
import type { Story } from "../../lib/story/schema";
import { MarkdownView } from "./markdown-view";
import { isTextTarget, presentKey } from "./present-keys";
import { usePresentChannel } from "./present-sync";
import styles from "./present.module.css";

/** "mm:ss" (or "h:mm:ss") of a duration. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, "0");
  const h = Math.floor(s / 3600);
  return h > 0 ? `${h}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

function useElapsed(): { ms: number; reset(): void } {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return { ms: now - start, reset: () => {
    const t = Date.now();
    setStart(t);
    setNow(t);
  } };
}

/** The presenter's notes window. */
export function PresentNotes() {
  const [state, setState] = useState<{ story: Story; index: number; blank: boolean } | null>(null);
  const timer = useElapsed();
  const latest = useRef(state);
  latest.current = state;
  // The last move sent and not yet answered.
  const sent = useRef<typeof state>(null);
  const send = usePresentChannel((m) => {
    if (m.type !== "state") return;
    sent.current = null;
    setState({ story: m.story, index: m.index, blank: m.blank });
  });
  useEffect(() => send({ type: "hello" }), [send]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = sent.current ?? latest.current;
      if (!s || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextTarget(e.target)) return;
      const action = presentKey(e.key, s.index, s.story.steps.length);
      if (!action) return;
      e.preventDefault();
      send(action.kind === "blank" ? { type: "blank", blank: !s.blank } : { type: "go", index: action.index });
      // A second key pressed before the audience's window answers moves on from
      // this move rather than repeating it; the window shows only what is answered.
      sent.current = action.kind === "blank" ? { ...s, blank: !s.blank } : { ...s, index: action.index };
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [send]);

  const story = state?.story;
  const index = state?.index ?? 0;
  const step = story?.steps[index];
  const next = story?.steps[index + 1];
  const total = story?.steps.length ?? 0;

  return (
    <div className={styles.notes} role="region" aria-label="Presenter notes">
      <header className={styles.notesHead}>
        <p role="timer" aria-label="Elapsed time" className={styles.timer}>
          {clock(timer.ms)}
        </p>
        <button type="button" onClick={timer.reset}>
          Reset timer
        </button>
        {state && (
          <p className={styles.counter} data-testid="notes-position">
            Step {index + 1} of {total}
            {state.blank ? " · screen blanked" : ""}
          </p>
        )}
      </header>
      {!state && <p className={styles.message}>Waiting for the presentation window… (open it from presenter mode in the window that holds the data)</p>}
      {step && (
        <div className={styles.notesBody}>
          <section aria-label="Current step">
            <h1>{step.title}</h1>
            <h2>Speaker notes</h2>
            <p className={styles.speakerNotes}>{step.notes || "No notes for this step."}</p>
            <h2>Talking point</h2>
            <MarkdownView text={step.talkingPoint} className={styles.notesTalk} />
          </section>
          <section aria-label="Next step" className={styles.next}>
            <h2>Next</h2>
            <p>{next ? next.title : "This is the last step."}</p>
          </section>
        </div>
      )}
      {state && (
        <nav aria-label="Presenter controls" className={styles.controls}>
          <button type="button" onClick={() => send({ type: "go", index: Math.max(0, index - 1) })} disabled={index === 0}>
            ← Back
          </button>
          <button type="button" onClick={() => send({ type: "go", index: Math.min(total - 1, index + 1) })} disabled={index >= total - 1}>
            Next →
          </button>
          <button type="button" onClick={() => send({ type: "blank", blank: !state.blank })} aria-pressed={state.blank}>
            Blank (B)
          </button>
        </nav>
      )}
    </div>
  );
}
