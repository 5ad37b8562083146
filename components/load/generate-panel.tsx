"use client";
/** The one-click demo: the seed's 14-day FakeTShirtCo exfil dataset, with seed and size options. */
import { useId, useState, type FormEvent } from "react";
import { DEMO_SIZE_PRESETS, parseSeed } from "../../lib/state/demo-options";
import { DEFAULT_GENERATE_OPTIONS } from "../../lib/generate/options";
import styles from "./load.module.css";

interface GeneratePanelProps {
  disabled: boolean;
  onGenerate(seed: number, events: number): void;
}

/** Demo generator form. */
export function GeneratePanel({ disabled, onGenerate }: GeneratePanelProps) {
  const [seedText, setSeedText] = useState(String(DEFAULT_GENERATE_OPTIONS.seed));
  const [events, setEvents] = useState(0);
  const seed = parseSeed(seedText);
  const seedId = useId();
  const sizeId = useId();
  const seedHelpId = useId();

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (seed !== null && !disabled) onGenerate(seed, events);
  };

  return (
    <section aria-labelledby={`${seedId}-title`} className={styles.panel}>
      <h2 id={`${seedId}-title`}>Demo dataset</h2>
      <p className={styles.muted}>
        FakeTShirtCo, account 123456789012, us-east-1, <span className={styles.nowrap}>2026-01-01</span> to{" "}
        <span className={styles.nowrap}>2026-01-14</span>: two weeks of normal activity with
        the <strong>exfil</strong> attack woven in (a backdoor IAM user, then night-time downloads of financial reports).
        Generated in this tab; nothing is downloaded.
      </p>
      <form onSubmit={submit} className={styles.generateForm}>
        <button type="submit" className={styles.primaryButton} disabled={disabled || seed === null}>
          Generate demo dataset
        </button>
        <div className={styles.field}>
          <label htmlFor={seedId}>Seed</label>
          <input
            id={seedId}
            inputMode="numeric"
            value={seedText}
            onChange={(e) => setSeedText(e.target.value)}
            aria-invalid={seed === null}
            aria-describedby={seedHelpId}
            size={10}
          />
          <span id={seedHelpId} className={seed === null ? styles.fieldError : styles.muted}>
            {seed === null ? "A whole number from 0 to 4294967295" : "Same seed, same events"}
          </span>
        </div>
        <div className={styles.field}>
          <label htmlFor={sizeId}>Size</label>
          <select id={sizeId} value={events} onChange={(e) => setEvents(Number(e.target.value))}>
            {DEMO_SIZE_PRESETS.map((p) => (
              <option key={p.events} value={p.events}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </form>
    </section>
  );
}
