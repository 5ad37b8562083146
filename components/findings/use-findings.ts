"use client";
/**
 * The findings of the loaded dataset. The engine re-runs detections in the
 * background after every load (and after a sensitivity change); `findings`
 * waits for a run in flight, so the answer always describes the current
 * data. Detection progress (job id 0, phase "detect") says how far a run is;
 * a run finishing while nobody was waiting for it triggers a fresh ask, so
 * the list never shows findings of a superseded run and never spins forever.
 */
import { useEffect, useRef, useState } from "react";
import type { Finding } from "../../lib/detect/finding";
import { errorText } from "../hooks/query-runner";
import { useEngine } from "../hooks/use-engine";
import { useAppStore } from "../state/store-provider";

export interface DetectionProgress {
  done: number;
  total: number;
}

export interface FindingsState {
  /** null until the first answer (and while nothing is loaded). */
  findings: Finding[] | null;
  error: string | null;
  /** A detection run is going: waiting for its findings, or its progress was seen. */
  running: boolean;
  /** Rules done of total, once the run reported. */
  progress: DetectionProgress | null;
  /** A load is in progress: findings follow when it ends. */
  loading: boolean;
}

interface Answer {
  findings: Finding[] | null;
  error: string | null;
  asking: boolean;
}

const NONE: Answer = { findings: null, error: null, asking: false };

/** The current findings and the state of the detection run. */
export function useFindings(): FindingsState {
  const { client } = useEngine();
  const summary = useAppStore((s) => s.summary);
  const loading = useAppStore((s) => s.job !== null && s.job.kind !== "clear");
  const hasData = (summary?.events ?? 0) > 0;
  const [answer, setAnswer] = useState<Answer>(NONE);
  const [progress, setProgress] = useState<DetectionProgress | null>(null);
  const [generation, setGeneration] = useState(0);
  const asking = useRef(false);

  useEffect(() => {
    if (!client) return;
    return client.onProgress((p) => {
      if (p.jobId !== 0 || p.phase !== "detect") return;
      setProgress({ done: p.files, total: p.totalFiles });
      // A run nobody is waiting for (e.g. after a sensitivity change) finished: its findings replace the shown ones.
      if (p.files >= p.totalFiles && !asking.current) setGeneration((g) => g + 1);
    });
  }, [client]);

  useEffect(() => {
    if (!client || !hasData) {
      asking.current = false;
      setAnswer(NONE);
      setProgress(null);
      return;
    }
    let live = true;
    asking.current = true;
    setAnswer((a) => ({ ...a, asking: true }));
    client.call("findings", {}).then(
      (findings) => {
        if (!live) return;
        asking.current = false;
        setAnswer({ findings, error: null, asking: false });
        setProgress(null);
      },
      (err: unknown) => {
        if (!live) return;
        asking.current = false;
        setAnswer({ findings: null, error: errorText(err), asking: false });
        setProgress(null);
      },
    );
    return () => {
      live = false;
    };
  }, [client, summary, hasData, generation]);

  const runningByProgress = progress !== null && progress.done < progress.total;
  return { findings: answer.findings, error: answer.error, running: answer.asking || runningByProgress, progress, loading };
}
