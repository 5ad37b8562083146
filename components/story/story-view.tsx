"use client";
/**
 * Route /story: the story side panel beside the chosen step, shown with the
 * app's own views and the step's annotations. In training mode the step's
 * question comes first; the annotations, talking point and evidence follow
 * the answer, and the score ends the run.
 */
import { useCallback, useEffect, useState } from "react";
import { useHasData } from "../filters/use-query-spec";
import { NoDataset } from "../layout/no-dataset";
import { useAppStore } from "../state/store-provider";
import { MarkdownView } from "./markdown-view";
import { StepStage } from "./step-stage";
import { StoryPanel } from "./story-panel";
import { EMPTY_RUN, QuestionCard, TrainingScoreView, type TrainingRun } from "./training";
import { useStoryPlayer } from "./use-story-player";
import styles from "./story.module.css";

/** Everything on route /story. */
export function StoryView() {
  const hasData = useHasData();
  const player = useStoryPlayer();
  const bounds = useAppStore((s) => s.summary?.timeRange ?? null);
  const { story, step, index, total, resolved, position } = player;
  const training = position.mode === "training";
  const [run, setRun] = useState<TrainingRun>(EMPTY_RUN);
  // A new story (or a new load) starts a new run.
  useEffect(() => setRun(EMPTY_RUN), [story?.id, resolved?.dataset.events]);

  const stepId = step?.id ?? "";
  const hint = useCallback(() => setRun((r) => ({ ...r, hints: { ...r.hints, [stepId]: (r.hints[stepId] ?? 0) + 1 } })), [stepId]);
  const answer = useCallback(
    (a: number | string) => setRun((r) => (r.answers.some((x) => x.stepId === stepId) ? r : { ...r, answers: [...r.answers, { stepId, answer: a, hintsUsed: r.hints[stepId] ?? 0 }] })),
    [stepId],
  );

  if (!hasData) {
    // The stories (saved ones too) can be browsed without data; playing them needs the logs.
    return (
      <div className={styles.page}>
        <StoryPanel player={player} />
        <div className={styles.main}>
          <NoDataset title="Story" />
        </div>
      </div>
    );
  }
  const question = training ? step?.step.question : undefined;
  const answered = !question || run.answers.some((a) => a.stepId === stepId);

  return (
    <div className={styles.page}>
      <StoryPanel player={player} />
      <section aria-labelledby="story-step-title" className={styles.main} aria-busy={player.resolving}>
        {player.missing && <p role="alert">No story “{position.id}” in this browser: generate it again, or pick another story.</p>}
        {player.error && <p role="alert">The story could not be run: {player.error}</p>}
        {story && (
          <header className={styles.mainHead}>
            <p className={styles.muted}>
              {story.title} · step {index + 1} of {total}
              {training ? " · training" : ""}
            </p>
            <h1 id="story-step-title">{story.steps[index]?.title}</h1>
          </header>
        )}
        {story && !step && !player.error && <p className={styles.muted}>Finding the evidence…</p>}
        {step && (
          <StepStage
            key={step.id}
            step={step}
            bounds={bounds}
            annotate={answered}
            aside={
              <>
                {question && <QuestionCard key={step.id} stepId={step.id} question={question} run={run} onHint={hint} onAnswer={answer} />}
                {answered && (
                  <section aria-label="Talking point" className={styles.talk}>
                    <MarkdownView text={step.step.talkingPoint} />
                  </section>
                )}
                {training && story && <TrainingScoreView story={story} run={run} />}
                <div className={styles.row}>
                  <button type="button" className={styles.button} onClick={() => player.go(index - 1)} disabled={index === 0}>
                    ← Previous step
                  </button>
                  <button type="button" className={styles.primary} onClick={() => player.go(index + 1)} disabled={index >= total - 1}>
                    Next step →
                  </button>
                </div>
              </>
            }
          />
        )}
      </section>
    </div>
  );
}
