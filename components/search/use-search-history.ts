"use client";
/** Keeps the recent searches in localStorage: read (and validated) once on mount, written on every change. */
import { useEffect } from "react";
import { readSearchHistory, SEARCH_HISTORY_KEY } from "../../lib/state/search-history";
import { useAppStoreApi } from "../state/store-provider";

function write(history: readonly string[]): void {
  try {
    localStorage.setItem(SEARCH_HISTORY_KEY, JSON.stringify(history));
  } catch {
    // Storage can be unavailable or full (private mode, policy): the history then lasts for this visit.
  }
}

/** Restores the stored history behind this visit's searches and persists changes. */
export function useSearchHistory(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(SEARCH_HISTORY_KEY);
    } catch {
      stored = null;
    }
    store.getState().restoreSearchHistory(readSearchHistory(stored));
    write(store.getState().searchHistory);
    return store.subscribe((s, prev) => {
      if (s.searchHistory !== prev.searchHistory) write(s.searchHistory);
    });
  }, [store]);
}
