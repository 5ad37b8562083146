"use client";
/**
 * The hour × day heatmap of the step's principal over the whole dataset (its
 * habits are the background), with the cells of the step's evidence
 * outlined. For an exfil step it is the principal's S3 reads, as the exfil
 * view draws them, with the files taken listed below.
 */
import { useCallback, useMemo } from "react";
import type { Heatmap } from "../../lib/worker/entity-types";
import type { ResolvedStep } from "../../lib/story/resolve";
import { HourHeatmap } from "../entity/hour-heatmap";
import { TakenFiles } from "../exfil/taken-files";
import { useEngineQuery } from "../hooks/use-engine-query";
import { cellKey, evidenceCells } from "./callouts";
import styles from "./story.module.css";

const DAY_MS = 86_400_000;
const ignore = () => undefined;

function useMarked(step: ResolvedStep, heatmap: Heatmap | undefined) {
  const cells = useMemo(() => evidenceCells(step), [step]);
  const perRow = heatmap?.daysPerRow ?? 1;
  return useCallback(
    (rowStart: number, hour: number) => {
      for (let d = 0; d < perRow; d++) if (cells.has(cellKey(rowStart + d * DAY_MS, hour))) return true;
      return false;
    },
    [cells, perRow],
  );
}

function PrincipalHeatmap({ step, principal }: { step: ResolvedStep; principal: string }) {
  const params = useMemo(() => ({ name: principal, spec: {} }), [principal]);
  const { data, error } = useEngineQuery("principal", params);
  const marked = useMarked(step, data?.heatmap);
  return (
    <section aria-label="Activity by hour and day" className={styles.panel}>
      <div className={styles.panelHead}>
        <h3>{principal}: events by hour (UTC) and day</h3>
        <span className={styles.muted}>outlined: this step&apos;s evidence</span>
      </div>
      {error && <p role="alert">The heatmap failed: {error}</p>}
      {data && <HourHeatmap heatmap={data.heatmap} label={`Events of ${principal} by hour of day (UTC) and day`} onCell={ignore} marked={marked} />}
    </section>
  );
}

function ReadsHeatmap({ step, principal }: { step: ResolvedStep; principal: string }) {
  const params = useMemo(() => ({ principals: [principal], evidence: Uint32Array.from(step.evidence.rows).sort() }), [principal, step]);
  const { data, error } = useEngineQuery("exfilStats", params);
  const marked = useMarked(step, data?.heatmap);
  return (
    <>
      <section aria-label="S3 reads by hour and day" className={styles.panel}>
        <div className={styles.panelHead}>
          <h3>{principal}: S3 reads by hour (UTC) and day</h3>
          <span className={styles.muted}>outlined: this step&apos;s evidence</span>
        </div>
        {error && <p role="alert">The read statistics failed: {error}</p>}
        {data && <HourHeatmap heatmap={data.heatmap} label={`S3 reads of ${principal} by hour of day (UTC) and day`} onCell={ignore} marked={marked} />}
      </section>
      {data && data.buckets.length > 0 && (
        <div className={styles.panel}>
          <TakenFiles buckets={data.buckets} />
        </div>
      )}
    </>
  );
}

/** The heatmap a step shows, if it names a principal. */
export function StoryHeatmap({ step }: { step: ResolvedStep }) {
  const principal = step.view.principal ?? step.evidence.principal;
  if (!principal || step.evidence.total === 0) return null;
  return step.view.kind === "exfil" ? <ReadsHeatmap step={step} principal={principal} /> : <PrincipalHeatmap step={step} principal={principal} />;
}
