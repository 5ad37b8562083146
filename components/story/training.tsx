"use client";
/**
 * Training mode's question card: the step's question before its annotation,
 * hints that cost points, the answer checked with lib/story's rules, then the
 * verdict and the explanation. The score is lib/story's trainingScore.
 */
import { useId, useState, type FormEvent } from "react";
import { checkAnswer, questionScore, trainingScore, type TrainingAnswer } from "../../lib/story/training";
import type { Question, Story } from "../../lib/story/schema";
import { MarkdownView } from "./markdown-view";
import styles from "./story.module.css";
import t from "./training.module.css";

export interface TrainingRun {
  answers: TrainingAnswer[];
  /** Hints revealed per step id (before answering). */
  hints: Record<string, number>;
}

export const EMPTY_RUN: TrainingRun = { answers: [], hints: {} };

function rightAnswer(q: Question): string {
  return q.kind === "choice" ? (q.options[q.answer] ?? "") : q.answer;
}

interface QuestionCardProps {
  stepId: string;
  question: Question;
  run: TrainingRun;
  onHint(): void;
  onAnswer(answer: number | string): void;
}

/** The question of one step, its hints and, once answered, the verdict. */
export function QuestionCard({ stepId, question: q, run, onHint, onAnswer }: QuestionCardProps) {
  const id = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [text, setText] = useState("");
  const answered = run.answers.find((a) => a.stepId === stepId);
  const hintsUsed = answered?.hintsUsed ?? run.hints[stepId] ?? 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.kind === "choice" ? choice !== null : text.trim() !== "") onAnswer(q.kind === "choice" ? (choice as number) : text);
  };
  const correct = answered ? checkAnswer(q, answered.answer) : false;
  const nextCost = q.hints[hintsUsed]?.cost;

  return (
    <section aria-label="Question" className={t.question}>
      <h3 id={`${id}-prompt`}>{q.prompt}</h3>
      <p className={styles.muted}>
        {q.points} points{q.hints.length > 0 ? ` · ${q.hints.length} hint${q.hints.length === 1 ? "" : "s"}` : ""}
      </p>
      <form onSubmit={submit} aria-labelledby={`${id}-prompt`}>
        {q.kind === "choice" ? (
          <fieldset className={t.options} disabled={!!answered}>
            <legend className={styles.visuallyHidden}>{q.prompt}</legend>
            {q.options.map((o, i) => (
              <label key={i} className={t.option}>
                <input type="radio" name={`${id}-choice`} checked={(answered ? answered.answer : choice) === i} onChange={() => setChoice(i)} />
                {o}
              </label>
            ))}
          </fieldset>
        ) : (
          <label className={t.valueAnswer}>
            Your answer
            <input type="text" value={answered ? String(answered.answer) : text} onChange={(e) => setText(e.target.value)} disabled={!!answered} autoComplete="off" spellCheck={false} />
          </label>
        )}
        {!answered && (
          <div className={styles.row}>
            <button type="submit" className={styles.primary}>
              Check answer
            </button>
            {nextCost !== undefined && (
              <button type="button" className={styles.button} onClick={onHint}>
                Show a hint (−{nextCost} points)
              </button>
            )}
          </div>
        )}
      </form>
      {hintsUsed > 0 && (
        <ol aria-label="Hints" className={t.hints}>
          {q.hints.slice(0, hintsUsed).map((h, i) => (
            <li key={i}>{h.text}</li>
          ))}
        </ol>
      )}
      {answered && (
        <div role="status" className={t.verdict} data-correct={correct}>
          <p>
            <strong>{correct ? "Correct" : "Not quite"}</strong> · +{questionScore(q, correct, answered.hintsUsed)} points
            {!correct && <> · the answer: {rightAnswer(q)}</>}
          </p>
          {q.explanation && <MarkdownView text={q.explanation} className={styles.explanation} />}
        </div>
      )}
    </section>
  );
}

/** The run's score so far, and the final score once every question is answered. */
export function TrainingScoreView({ story, run }: { story: Story; run: TrainingRun }) {
  const s = trainingScore(story, run.answers);
  const done = s.answered === s.questions;
  return (
    <section aria-label="Training score" className={t.score} data-done={done}>
      {done ? <h3>Training complete</h3> : null}
      <p>
        Score: <strong data-testid="training-score">{s.score}</strong> of {s.max} points · {s.correct} of {s.questions} correct
        {!done && ` · ${s.answered} answered`}
      </p>
    </section>
  );
}
