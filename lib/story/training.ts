/**
 * Training mode's rules: how an answer is checked (a choice by index; a typed
 * value case-insensitively unless the question says otherwise, ignoring
 * surrounding space, quotes and a final full stop) and how points are counted
 * (a right answer earns the question's points minus the hints taken; a wrong
 * one earns nothing).
 */
import type { Question, Story } from "./schema";

/** A typed answer as it is compared. */
export function normalizeAnswer(text: string, caseSensitive = false): string {
  let s = text.normalize("NFKC").trim().replace(/\s+/g, " ");
  // A full stop may sit outside the quotes ("`x`.") or inside them ("`x.`").
  s = s.replace(/\.$/, "").trim();
  s = s.replace(/^["'`“‘](.*)["'`”’]$/u, "$1").trim().replace(/\.$/, "").trim();
  return caseSensitive ? s : s.toLowerCase();
}

/** Whether `answer` (an option index for choice questions, text for value questions) is right. */
export function checkAnswer(q: Question, answer: number | string): boolean {
  if (q.kind === "choice") return typeof answer === "number" && answer === q.answer;
  if (typeof answer !== "string") return false;
  const given = normalizeAnswer(answer, q.caseSensitive);
  if (given === "") return false;
  return [q.answer, ...q.accept].some((a) => normalizeAnswer(a, q.caseSensitive) === given);
}

/** Points for one question: its points minus the cost of the hints taken (never below 0) when right, else 0. */
export function questionScore(q: Question, correct: boolean, hintsUsed: number): number {
  if (!correct) return 0;
  const used = Math.max(0, Math.min(q.hints.length, Math.floor(hintsUsed)));
  const cost = q.hints.slice(0, used).reduce((n, h) => n + h.cost, 0);
  return Math.max(0, q.points - cost);
}

/** One answered question of a training run. */
export interface TrainingAnswer {
  stepId: string;
  answer: number | string;
  hintsUsed: number;
}

export interface StepScore {
  stepId: string;
  correct: boolean;
  score: number;
  max: number;
}

export interface TrainingScore {
  score: number;
  /** Points of every question of the story. */
  max: number;
  questions: number;
  answered: number;
  correct: number;
  steps: StepScore[];
}

/** The score of a training run (each step's first answer counts; unanswered questions score 0). */
export function trainingScore(story: Story, answers: readonly TrainingAnswer[]): TrainingScore {
  const first = new Map<string, TrainingAnswer>();
  for (const a of answers) if (!first.has(a.stepId)) first.set(a.stepId, a);
  const steps: StepScore[] = [];
  for (const step of story.steps) {
    const q = step.question;
    if (!q) continue;
    const a = first.get(step.id);
    const correct = a !== undefined && checkAnswer(q, a.answer);
    steps.push({ stepId: step.id, correct, score: a ? questionScore(q, correct, a.hintsUsed) : 0, max: q.points });
  }
  return {
    score: steps.reduce((n, s) => n + s.score, 0),
    max: steps.reduce((n, s) => n + s.max, 0),
    questions: steps.length,
    answered: steps.filter((s) => first.has(s.stepId)).length,
    correct: steps.filter((s) => s.correct).length,
    steps,
  };
}
