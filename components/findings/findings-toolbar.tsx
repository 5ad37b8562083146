"use client";
/** The list's filters: severities (toggles), one rule, one principal; each shows how many findings it has. */
import type { FindingOptions, FindingsView } from "../../lib/state/findings-slice";
import { useAppStore } from "../state/store-provider";
import { severityLabel } from "./finding-text";
import styles from "./findings.module.css";

/** Filter controls over `options` (what the current findings contain). */
export function FindingsToolbar({ options, view }: { options: FindingOptions; view: FindingsView }) {
  const toggleSeverity = useAppStore((s) => s.toggleFindingsSeverity);
  const setRule = useAppStore((s) => s.setFindingsRule);
  const setPrincipal = useAppStore((s) => s.setFindingsPrincipal);
  const clear = useAppStore((s) => s.clearFindingsFilters);
  const filtered = view.severities.length > 0 || view.rule !== "" || view.principal !== "";
  // A filter from a link may name a rule or principal these findings lack: it stays selectable so it can be seen and cleared.
  const rules = view.rule && !options.rules.some((r) => r.rule === view.rule) ? [...options.rules, { rule: view.rule, title: view.rule, count: 0 }] : options.rules;
  const principals = view.principal && !options.principals.some((p) => p.principal === view.principal) ? [...options.principals, { principal: view.principal, count: 0 }] : options.principals;

  return (
    <div className={styles.toolbar} role="group" aria-label="Filter findings">
      <fieldset className={styles.group}>
        <legend>Severity</legend>
        {options.severities
          .filter((s) => s.count > 0 || view.severities.includes(s.severity))
          .map((s) => (
            <button key={s.severity} type="button" className={styles.button} aria-pressed={view.severities.includes(s.severity)} onClick={() => toggleSeverity(s.severity)}>
              {severityLabel(s.severity)} {s.count}
            </button>
          ))}
      </fieldset>
      <label className={styles.control}>
        Rule
        <select value={view.rule} onChange={(e) => setRule(e.target.value)}>
          <option value="">All rules</option>
          {rules.map((r) => (
            <option key={r.rule} value={r.rule}>
              {r.title} ({r.count})
            </option>
          ))}
        </select>
      </label>
      <label className={styles.control}>
        Principal
        <select value={view.principal} onChange={(e) => setPrincipal(e.target.value)}>
          <option value="">All principals</option>
          {/* Findings with no known actor cannot be picked: "" means every principal. */}
          {principals
            .filter((p) => p.principal !== "")
            .map((p) => (
              <option key={p.principal} value={p.principal}>
                {p.principal} ({p.count})
              </option>
            ))}
        </select>
      </label>
      {filtered && (
        <button type="button" className={styles.button} onClick={clear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
