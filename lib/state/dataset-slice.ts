/**
 * What is loaded: the engine's latest DatasetSummary (a plain object; the
 * events themselves stay in the worker) and the labels of what was loaded,
 * which name the dataset in the header.
 */
import type { DatasetSummary } from "../worker/protocol";
import type { SliceCreator } from "./slice";

export interface DatasetSlice {
  summary: DatasetSummary | null;
  /** One label per load action ("FakeTShirtCo demo (seed 42)", "logs/", "a.json"), oldest first. */
  sources: string[];
  /** Stores the summary after a load; `source` labels what this load added. */
  applySummary(summary: DatasetSummary, source?: string): void;
  /** Forgets everything loaded (after the engine's clear). */
  resetDataset(summary: DatasetSummary | null): void;
}

/** Creates the dataset slice. */
export const createDatasetSlice: SliceCreator<DatasetSlice> = (set) => ({
  summary: null,
  sources: [],
  applySummary: (summary, source) =>
    set((s) => ({
      summary,
      sources: source && !s.sources.includes(source) ? [...s.sources, source] : s.sources,
    })),
  resetDataset: (summary) => set({ summary, sources: [] }),
});

/** The header's name for the dataset: the first source, plus how many more were added. */
export function datasetName(sources: readonly string[]): string {
  if (sources.length === 0) return "No dataset loaded";
  const [first] = sources;
  return sources.length === 1 ? first! : `${first} + ${sources.length - 1} more`;
}
