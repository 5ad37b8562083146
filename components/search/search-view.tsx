"use client";
/**
 * Route /search: the SPL bar (history, autocomplete, Ctrl+Enter), the seed's
 * example searches, errors with their position, and the result. The search
 * that ran lives in the URL (`spl`), so a link or a reload runs it again
 * once data is loaded.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { FieldInfo } from "../../lib/worker/protocol";
import { useHasData } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { NoDataset } from "../layout/no-dataset";
import { useAppStore } from "../state/store-provider";
import { FiltersNote } from "./filters-note";
import { SearchBar } from "./search-bar";
import { SearchErrorView } from "./search-error";
import { SearchHistoryMenu } from "./search-history-menu";
import { SearchResults } from "./search-results";
import { SeedExamples } from "./seed-examples";
import { useSearchHistory } from "./use-search-history";
import styles from "./search.module.css";

const NO_FIELDS: readonly FieldInfo[] = [];
const NO_PARAMS: Record<string, never> = {};

/** Everything on route /search. */
export function SearchView() {
  useSearchHistory();
  const hasData = useHasData();
  const query = useAppStore((s) => s.searchQuery);
  const submitSearch = useAppStore((s) => s.submitSearch);
  const rememberSearch = useAppStore((s) => s.rememberSearch);
  const [draft, setDraft] = useState(query);
  const [select, setSelect] = useState<{ start: number; end: number; token: number } | null>(null);

  // The query can change without typing (URL, back/forward, an example, a value sent from another view).
  useEffect(() => setDraft(query), [query]);
  useEffect(() => {
    if (query !== "") rememberSearch(query);
  }, [query, rememberSearch]);

  const fieldsState = useEngineQuery("fields", hasData ? NO_PARAMS : null);
  const fields = fieldsState.data ?? NO_FIELDS;
  const params = useMemo(() => (hasData && query !== "" ? { query } : null), [hasData, query]);
  const state = useEngineQuery("search", params);
  const failed = state.data?.kind === "error" && !state.loading ? state.data : null;

  const run = useCallback(
    (q: string) => {
      setDraft(q);
      submitSearch(q);
    },
    [submitSearch],
  );

  const bar = (
    <section aria-label="Search" className={styles.searchPanel}>
      <SearchBar value={draft} onChange={setDraft} onRun={run} fields={fields} busy={state.loading} select={select} actions={<SearchHistoryMenu onPick={run} />} />
      {failed && (
        <SearchErrorView
          query={query}
          error={failed.error}
          onSelect={draft.trim() === query ? () => setSelect({ start: failed.error.start + draft.indexOf(query), end: failed.error.end + draft.indexOf(query), token: Date.now() }) : undefined}
        />
      )}
    </section>
  );

  if (!hasData) {
    return (
      <div className={styles.page}>
        <NoDataset title="Search" />
        {query !== "" && <p className={styles.muted}>The search in this link runs as soon as data is loaded.</p>}
        {bar}
        <SeedExamples onPick={run} current={query} />
      </div>
    );
  }

  return (
    <div className={styles.page}>
      <div className={styles.heading}>
        <h1>Search</h1>
        <p className={styles.muted}>Splunk-style SPL over the loaded logs, inside this tab.</p>
      </div>
      {bar}
      <SeedExamples onPick={run} current={query} />
      <FiltersNote />
      <SearchResults state={state} fields={fields} />
    </div>
  );
}
