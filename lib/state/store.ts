/**
 * The app's one zustand store, assembled from slices. It holds serialisable
 * view state only (never rows, events or typed arrays) and is created per
 * provider instance, so nothing leaks between renders of the static export.
 */
import { createStore } from "zustand/vanilla";
import { createDatasetSlice, type DatasetSlice } from "./dataset-slice";
import { createJobSlice, type JobSlice } from "./job-slice";
import { createThemeSlice, type ThemeSlice } from "./theme-slice";

export type AppState = ThemeSlice & DatasetSlice & JobSlice;

export type AppStore = ReturnType<typeof createAppStore>;

/** Creates a fresh store; `initial` overrides state fields (tests, restored preferences). */
export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppState>()((...a) => ({
    ...createThemeSlice(...a),
    ...createDatasetSlice(...a),
    ...createJobSlice(...a),
    ...initial,
  }));
}
