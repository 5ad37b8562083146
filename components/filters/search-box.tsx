"use client";
/** The free-text box: case-insensitive substring over every indexed value. `/` focuses it. */
import { useEffect, useRef, useState } from "react";
import { useAppStore, useAppStoreApi } from "../state/store-provider";
import styles from "./filters.module.css";

/** Element id the `/` shortcut focuses. */
export const SEARCH_INPUT_ID = "trailscope-search";
/** Typing settles this long before the views re-query. */
const TYPING_DEBOUNCE_MS = 250;

/** Free-text search input bound (debounced) to the shared filters. */
export function SearchBox() {
  const text = useAppStore((s) => s.text);
  const setText = useAppStore((s) => s.setText);
  const store = useAppStoreApi();
  const [draft, setDraft] = useState(text);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  // The store can change without typing (URL, pivots, Clear): show what it says.
  useEffect(() => setDraft(text), [text]);

  const commit = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    if (value !== store.getState().text) setText(value);
  };
  // Leaving the page mid-typing keeps what was typed.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (pending.current !== null && pending.current !== store.getState().text) store.getState().setText(pending.current);
    },
    [store],
  );

  return (
    <input
      id={SEARCH_INPUT_ID}
      type="search"
      className={styles.search}
      aria-label="Search events"
      placeholder="Search all fields…  ( / )"
      value={draft}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => {
        const value = e.target.value;
        setDraft(value);
        pending.current = value;
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(value), TYPING_DEBOUNCE_MS);
      }}
      onBlur={() => {
        if (pending.current !== null) commit(pending.current);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") commit(draft);
        if (e.key === "Escape") {
          // Esc leaves the box without also closing the panel behind it.
          e.stopPropagation();
          e.currentTarget.blur();
        }
      }}
    />
  );
}
