/**
 * The app's one zustand store, assembled from slices. It holds serialisable
 * view state only (never rows, events or typed arrays) and is created per
 * provider instance, so nothing leaks between renders of the static export.
 */
import { createStore } from "zustand/vanilla";
import { createDatasetSlice, type DatasetSlice } from "./dataset-slice";
import { createEventsViewSlice, type EventsViewSlice } from "./events-view-slice";
import { createFiltersSlice, type FiltersSlice } from "./filters-slice";
import { createFindingsSlice, type FindingsSlice } from "./findings-slice";
import { createJobSlice, type JobSlice } from "./job-slice";
import { createSearchSlice, type SearchSlice } from "./search-slice";
import { createSelectionSlice, type SelectionSlice } from "./selection-slice";
import { createSensitivitySlice, type SensitivitySlice } from "./sensitivity-slice";
import { createStorySlice, type StorySlice } from "./story-slice";
import { createThemeSlice, type ThemeSlice } from "./theme-slice";
import { createTimeZoneSlice, type TimeZoneSlice } from "./time-zone-slice";
import { createUrlSlice, type UrlSlice } from "./url-slice";

export type AppState = ThemeSlice &
  DatasetSlice &
  JobSlice &
  FiltersSlice &
  TimeZoneSlice &
  SelectionSlice &
  EventsViewSlice &
  UrlSlice &
  SearchSlice &
  FindingsSlice &
  SensitivitySlice &
  StorySlice;

export type AppStore = ReturnType<typeof createAppStore>;

/** Creates a fresh store; `initial` overrides state fields (tests, restored preferences). */
export function createAppStore(initial: Partial<AppState> = {}) {
  return createStore<AppState>()((...a) => ({
    ...createThemeSlice(...a),
    ...createDatasetSlice(...a),
    ...createJobSlice(...a),
    ...createFiltersSlice(...a),
    ...createTimeZoneSlice(...a),
    ...createSelectionSlice(...a),
    ...createEventsViewSlice(...a),
    ...createUrlSlice(...a),
    ...createSearchSlice(...a),
    ...createFindingsSlice(...a),
    ...createSensitivitySlice(...a),
    ...createStorySlice(...a),
    ...initial,
  }));
}
