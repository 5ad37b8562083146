"use client";
/** A search error under the search bar: the message, its line and column, and the faulty part of the query marked. */
import type { SearchError } from "../../lib/search/ast";
import { errorPosition } from "./error-position";
import styles from "./search.module.css";

interface SearchErrorViewProps {
  query: string;
  error: SearchError;
  /** Selects the faulty span in the editor (offered while the editor still holds this query). */
  onSelect?(): void;
}

/** The error, as text only (the query may hold pasted log values). */
export function SearchErrorView({ query, error, onSelect }: SearchErrorViewProps) {
  const p = errorPosition(query, error.start, error.end);
  return (
    <div role="alert" className={styles.error}>
      <p className={styles.errorMessage}>{error.message}</p>
      <p className={styles.errorWhere}>
        Line {p.line}, column {p.column}
        {onSelect && (
          <>
            {" · "}
            <button type="button" className={styles.linkButton} onClick={onSelect}>
              Select it in the search
            </button>
          </>
        )}
      </p>
      <pre className={styles.errorExcerpt} aria-label="Where in the search">
        {p.cutStart && "…"}
        {p.before}
        <mark className={styles.errorMark} data-empty={p.marked === "" || undefined}>
          {p.marked === "" ? " " : p.marked}
        </mark>
        {p.after}
        {p.cutEnd && "…"}
      </pre>
    </div>
  );
}
