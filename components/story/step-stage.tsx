"use client";
/**
 * One step on screen: what view it is and where it opens in full, then the
 * existing views with the step's annotations drawn on them (callouts on the
 * timeline, outlined heatmap cells, highlighted evidence rows), the view's
 * own part (event record, search answer) and the evidence facts. `annotate`
 * false shows the view bare (training, before the answer).
 */
import Link from "next/link";
import { useMemo, type ReactNode } from "react";
import { hrefFor } from "../../lib/state/url-state";
import type { ResolvedStep } from "../../lib/story/resolve";
import { stepLocation } from "../../lib/story/view-state";
import { useUrlState } from "../hooks/use-url-state";
import { calloutsOf } from "./callouts";
import { EvidenceRows, StepFacts, StepProblems } from "./step-evidence";
import { StepViewExtra } from "./step-view-extra";
import { StoryHeatmap } from "./story-heatmap";
import { StoryTimeline } from "./story-timeline";
import { viewLabel, viewRouteLabel } from "./view-label";
import styles from "./story.module.css";

interface StepStageProps {
  step: ResolvedStep;
  bounds: { start: number; end: number } | null;
  annotate: boolean;
  /** Beside the views: the talking point (or the training question). */
  aside: ReactNode;
  /** Hide the "open in" link (presenter mode leaves the app's chrome out). */
  compact?: boolean;
}

/** The step's view and annotations. */
export function StepStage({ step, bounds, annotate, aside, compact = false }: StepStageProps) {
  const url = useUrlState();
  const callouts = useMemo(() => (annotate ? calloutsOf(step) : []), [step, annotate]);
  const href = useMemo(() => {
    const loc = stepLocation(step.view, url);
    return hrefFor(loc.pathname, loc.state);
  }, [step, url]);

  return (
    <div className={styles.stage} data-step={step.id}>
      <div className={styles.aside}>
        {aside}
        <StepProblems step={step} />
        {annotate && <StepFacts step={step} />}
      </div>
      <div className={styles.views}>
        <p className={styles.viewLine}>
          <span data-testid="step-view">View: {viewLabel(step.view)}</span>
          {!compact && (
            <Link href={href} className={styles.openLink}>
              Open in {viewRouteLabel(step.view)}
            </Link>
          )}
        </p>
        <StoryTimeline step={step} callouts={callouts} bounds={bounds} />
        {annotate && <StoryHeatmap step={step} />}
        {annotate && <StepViewExtra step={step} />}
        {annotate && <EvidenceRows step={step} callouts={callouts} />}
      </div>
    </div>
  );
}
