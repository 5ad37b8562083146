/**
 * Keeps the findings in step with the dataset: detections re-run after every
 * load in the background (queries keep being served between rules), a new
 * load or a clear cancels a run in flight, and callers wait for the current
 * run rather than seeing findings for rows that changed.
 */
import { createRuleContext } from "../detect/context";
import type { Finding } from "../detect/finding";
import { recordReader } from "../detect/record-reader";
import { bucketSensitivity, type Sensitivity } from "../detect/sensitivity";
import type { Dataset } from "./dataset";

/**
 * The rules are loaded on the first run, not with the worker: an analyst's first screen (the load page) should not
 * wait for code that only runs once data is in.
 */
const loadRules = () => import("../detect/run");

export interface DetectionProgress {
  done: number;
  total: number;
  elapsedMs: number;
}

export class DetectionRunner {
  private findings: Finding[] = [];
  private running: { promise: Promise<void>; abort: AbortController } | null = null;
  private overrides = new Map<string, Sensitivity>();

  constructor(
    private readonly data: Dataset,
    private readonly onProgress: (p: DetectionProgress) => void = () => undefined,
  ) {}

  /** Starts a fresh run over the current dataset, cancelling one in flight. */
  refresh(): void {
    this.cancel();
    const abort = new AbortController();
    const started = Date.now();
    const table = this.data.table;
    const ctx = createRuleContext({
      table,
      ...recordReader(table, (id) => this.data.leaf(id)),
      sensitivity: bucketSensitivity(this.overrides),
    });
    const promise = (table.size === 0 ? Promise.resolve<Finding[]>([]) : loadRules().then(({ runDetections }) =>
      runDetections(ctx, {
        signal: abort.signal,
        onProgress: (done, total) => this.onProgress({ done, total, elapsedMs: Date.now() - started }),
      }),
    )).then(
      (found) => {
        if (!abort.signal.aborted) this.findings = found;
      },
      (e: unknown) => {
        if (!(e instanceof Error && e.name === "AbortError")) throw e;
      },
    );
    const run = { promise, abort };
    this.running = run;
    void promise.finally(() => {
      if (this.running === run) this.running = null;
    }).catch(() => undefined);
  }

  /** Stops a run in flight and forgets its findings (the rows it spoke of may be gone). */
  cancel(): void {
    this.running?.abort.abort();
    this.running = null;
    this.findings = [];
  }

  /** The findings of the current dataset, waiting for a run in flight. */
  async current(): Promise<Finding[]> {
    while (this.running) {
      const run = this.running;
      await run.promise;
      if (this.running === run) this.running = null;
    }
    return this.findings;
  }

  /** Sets the analyst's bucket sensitivity levels and re-runs the rules. */
  setSensitivity(levels: [string, Sensitivity][]): void {
    this.overrides = new Map(levels);
    this.refresh();
  }
}
