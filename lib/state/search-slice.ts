/**
 * The search page's view state: the search that ran (in the URL, so a link
 * or a reload runs it again), the recent searches (persisted in the browser
 * by the page, see search-history.ts) and how a timechart is drawn. Results
 * stay in the worker; only the query text lives here.
 */
import { mergeHistories, rememberSearch } from "./search-history";
import type { SliceCreator } from "./slice";

export type ChartStyle = "columns" | "lines";

export interface SearchSlice {
  /** The SPL last run ("" = none). */
  searchQuery: string;
  /** Recent searches, newest first. */
  searchHistory: string[];
  chartStyle: ChartStyle;
  /** Runs `query`: it becomes the search in the URL. */
  submitSearch(query: string): void;
  /** Puts `query` first in the history. */
  rememberSearch(query: string): void;
  /** Adds searches read from storage behind the ones of this visit. */
  restoreSearchHistory(stored: readonly string[]): void;
  clearSearchHistory(): void;
  setChartStyle(style: ChartStyle): void;
}

/** Creates the search slice. */
export const createSearchSlice: SliceCreator<SearchSlice> = (set) => ({
  searchQuery: "",
  searchHistory: [],
  chartStyle: "columns",
  submitSearch: (query) => set({ searchQuery: query.trim() }),
  rememberSearch: (query) => set((s) => ({ searchHistory: rememberSearch(s.searchHistory, query) })),
  restoreSearchHistory: (stored) => set((s) => ({ searchHistory: mergeHistories(s.searchHistory, stored) })),
  clearSearchHistory: () => set({ searchHistory: [] }),
  setChartStyle: (chartStyle) => set({ chartStyle }),
});
