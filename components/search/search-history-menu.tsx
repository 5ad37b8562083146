"use client";
/** Recent searches (kept in this browser): pick one to run it again, or forget them all. */
import { useId, useState } from "react";
import { truncate } from "../filters/value-text";
import { useEscapeToClose } from "../layout/escape-stack";
import { useAppStore } from "../state/store-provider";
import styles from "./search.module.css";

/** The one-line label of a (possibly multi-line) search. */
function oneLine(query: string): string {
  return truncate(query.replace(/\s*\n\s*/g, " "), 140);
}

/** The "Recent" button and its list. */
export function SearchHistoryMenu({ onPick }: { onPick(query: string): void }) {
  const history = useAppStore((s) => s.searchHistory);
  const clear = useAppStore((s) => s.clearSearchHistory);
  const [open, setOpen] = useState(false);
  const id = useId();
  useEscapeToClose(open, () => setOpen(false));

  return (
    <div className={styles.history}>
      <button type="button" className={styles.button} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} disabled={history.length === 0}>
        Recent ({history.length})
      </button>
      {open && history.length > 0 && (
        <div id={id} className={styles.historyPanel}>
          <ul aria-label="Recent searches" className={styles.historyList}>
            {history.map((q) => (
              <li key={q}>
                <button
                  type="button"
                  className={styles.historyItem}
                  title={truncate(q, 2000)}
                  onClick={() => {
                    setOpen(false);
                    onPick(q);
                  }}
                >
                  {oneLine(q)}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => {
              clear();
              setOpen(false);
            }}
          >
            Forget these searches
          </button>
        </div>
      )}
    </div>
  );
}
