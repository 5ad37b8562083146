import { describe, expect, it } from "vitest";
import type { DatasetSummary, Progress } from "../worker/protocol";
import { datasetName } from "./dataset-slice";
import { createAppStore } from "./store";
import { parseTheme } from "./theme-slice";

function makeSummary(overrides: Partial<DatasetSummary> = {}): DatasetSummary {
  return {
    events: 0,
    duplicates: 0,
    files: [],
    timeRange: null,
    principals: 0,
    accounts: [],
    accountCount: 0,
    regions: [],
    regionCount: 0,
    eventSources: 0,
    indexBytes: 0,
    ...overrides,
  };
}

function makeProgress(overrides: Partial<Progress> = {}): Progress {
  return {
    jobId: 1,
    phase: "parse",
    bytes: 0,
    totalBytes: 0,
    files: 0,
    totalFiles: 0,
    events: 0,
    errors: 0,
    elapsedMs: 0,
    ...overrides,
  };
}

describe("theme slice", () => {
  it("is dark by default and toggles", () => {
    const store = createAppStore();
    expect(store.getState().theme).toBe("dark");
    store.getState().toggleTheme();
    expect(store.getState().theme).toBe("light");
    store.getState().toggleTheme();
    expect(store.getState().theme).toBe("dark");
  });

  it.each([
    ["light", "light"],
    ["dark", "dark"],
    [null, "dark"],
    ["<script>", "dark"],
  ] as const)("parseTheme(%j) → %s", (raw, theme) => expect(parseTheme(raw)).toBe(theme));
});

describe("dataset slice", () => {
  it("adds each load's label once and keeps the newest summary", () => {
    const store = createAppStore();
    store.getState().applySummary(makeSummary({ events: 10 }), "a.json");
    store.getState().applySummary(makeSummary({ events: 30 }), "logs/");
    store.getState().applySummary(makeSummary({ events: 30 }), "a.json");
    expect(store.getState().summary?.events).toBe(30);
    expect(store.getState().sources).toEqual(["a.json", "logs/"]);
  });

  it("resets to empty", () => {
    const store = createAppStore();
    store.getState().applySummary(makeSummary({ events: 10 }), "a.json");
    store.getState().resetDataset(makeSummary());
    expect(store.getState().summary?.events).toBe(0);
    expect(store.getState().sources).toEqual([]);
  });

  it.each([
    [[], "No dataset loaded"],
    [["FakeTShirtCo demo"], "FakeTShirtCo demo"],
    [["a.json", "logs/", "b.zip"], "a.json + 2 more"],
  ])("datasetName(%j) → %s", (sources, name) => expect(datasetName(sources)).toBe(name));
});

describe("job slice", () => {
  const job = { jobId: 3, kind: "ingest" as const, label: "a.json", expectedEvents: 0 };

  it("keeps progress of the current job only", () => {
    const store = createAppStore();
    store.getState().startJob(job);
    store.getState().updateProgress(makeProgress({ jobId: 2, events: 99 }));
    expect(store.getState().job?.progress).toBeNull();
    store.getState().updateProgress(makeProgress({ jobId: 3, events: 5 }));
    expect(store.getState().job?.progress?.events).toBe(5);
  });

  it("ignores progress after the job ended", () => {
    const store = createAppStore();
    store.getState().startJob(job);
    store.getState().endJob(3);
    store.getState().updateProgress(makeProgress({ jobId: 3 }));
    expect(store.getState().job).toBeNull();
  });

  it("records an error or a notice when the job ends", () => {
    const store = createAppStore();
    store.getState().startJob(job);
    store.getState().endJob(3, { error: "a.json: not CloudTrail" });
    expect(store.getState()).toMatchObject({ job: null, error: "a.json: not CloudTrail", notice: null });
    store.getState().startJob({ ...job, jobId: 4 });
    expect(store.getState().error).toBeNull();
    store.getState().endJob(4, { notice: "Cancelled" });
    expect(store.getState()).toMatchObject({ job: null, error: null, notice: "Cancelled" });
  });

  it("does not end a newer job when an older one settles", () => {
    const store = createAppStore();
    store.getState().startJob({ ...job, jobId: 5 });
    store.getState().endJob(4, { error: "stale" });
    expect(store.getState().job?.jobId).toBe(5);
    expect(store.getState().error).toBeNull();
  });

  it("marks cancelling and aborts everything on a crash", () => {
    const store = createAppStore();
    store.getState().startJob(job);
    store.getState().markCancelling(3);
    expect(store.getState().job?.cancelling).toBe(true);
    store.getState().abortAll("worker crashed");
    expect(store.getState()).toMatchObject({ job: null, error: "worker crashed" });
    store.getState().dismissMessages();
    expect(store.getState().error).toBeNull();
  });

  it("shows an error without ending a running job", () => {
    const store = createAppStore();
    store.getState().startJob(job);
    store.getState().showError("drop held no files");
    expect(store.getState()).toMatchObject({ job: { jobId: 3 }, error: "drop held no files" });
  });
});
