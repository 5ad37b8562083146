"use client";
/** The seed's six searches (SEED_SEARCHES, titles as the seed gives them): one click fills the bar and runs it. */
import { SEED_SEARCHES } from "../../lib/search/seed-searches";
import styles from "./search.module.css";

/** The examples list. */
export function SeedExamples({ onPick, current }: { onPick(query: string): void; current: string }) {
  return (
    <section aria-labelledby="seed-examples-title" className={styles.examples}>
      <h2 id="seed-examples-title" className={styles.sectionTitle}>
        Example searches
      </h2>
      <ul className={styles.exampleList}>
        {SEED_SEARCHES.map((s) => (
          <li key={s.title}>
            <button
              type="button"
              className={styles.example}
              aria-pressed={current === s.query}
              title={`${s.description}\n\n${s.query}`}
              onClick={() => onPick(s.query)}
            >
              <span className={styles.exampleTitle}>{s.title}</span>
              <span className={styles.exampleNote}>{s.description.replace(/:$/, "")}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
