"use client";
/** The findings list: severity, title and summary, principal, time span and ATT&CK techniques; sortable by severity and time. */
import { useState } from "react";
import type { Finding } from "../../lib/detect/finding";
import type { FindingsSort, FindingsSortField } from "../../lib/state/findings-slice";
import { formatCount } from "../../lib/state/format";
import { useAppStore } from "../state/store-provider";
import { formatSpan, mitreTechnique } from "./finding-text";
import { SeverityBadge } from "./severity-badge";
import styles from "./findings.module.css";

/** Rows drawn at first; the rest on request (a huge log can raise thousands of findings). */
export const FIRST_ROWS = 300;

interface FindingsTableProps {
  findings: readonly Finding[];
  sort: FindingsSort;
  selected: string | null;
  onOpen(id: string): void;
}

function SortHeader({ field, label, sort }: { field: FindingsSortField; label: string; sort: FindingsSort }) {
  const setSort = useAppStore((s) => s.setFindingsSort);
  const active = sort.field === field;
  // Descending severity is most severe first; descending time is newest first.
  const ariaSort = !active ? "none" : sort.desc ? "descending" : "ascending";
  const next = () => setSort(active ? { field, desc: !sort.desc } : { field, desc: field === "severity" });
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className={styles.sortButton} onClick={next} title={`Sort by ${label.toLowerCase()}`}>
        {label}
        <span aria-hidden="true"> {active ? (ariaSort === "descending" ? "▼" : "▲") : ""}</span>
      </button>
    </th>
  );
}

/** The list. */
export function FindingsTable({ findings, sort, selected, onOpen }: FindingsTableProps) {
  const tz = useAppStore((s) => s.timeZone);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const shown = findings.slice(0, limit);
  return (
    <section aria-label="Findings list" className={styles.panel}>
      <div className={styles.tableBox}>
        <table className={styles.table} aria-label="Findings">
          <thead>
            <tr>
              <SortHeader field="severity" label="Severity" sort={sort} />
              <th scope="col">Finding</th>
              <th scope="col">Principal</th>
              <SortHeader field="time" label="Time" sort={sort} />
              <th scope="col">MITRE ATT&amp;CK</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f) => {
              const isSelected = f.id === selected;
              return (
                <tr key={f.id} aria-current={isSelected || undefined} onClick={() => onOpen(f.id)}>
                  <td>
                    <SeverityBadge severity={f.severity} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className={styles.titleButton}
                      onClick={(e) => {
                        e.stopPropagation();
                        onOpen(f.id);
                      }}
                    >
                      {f.title}
                    </button>
                    <p className={styles.summary}>{f.summary}</p>
                  </td>
                  <td className={styles.wrap}>{f.principal}</td>
                  <td className={styles.small}>{formatSpan(f.start, f.end, tz)}</td>
                  <td>
                    <ul className={styles.mitre}>
                      {f.mitre.map((id) => {
                        const t = mitreTechnique(id);
                        return (
                          <li key={id}>
                            <span className={styles.mitreId}>{t.id}</span> {t.name}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {findings.length === 0 && <p className={styles.muted}>No findings match these filters.</p>}
      </div>
      {findings.length > shown.length && (
        <div className={styles.more}>
          <span className={styles.muted}>
            {formatCount(shown.length)} of {formatCount(findings.length)} shown
          </span>
          <button type="button" className={styles.button} onClick={() => setLimit(findings.length)}>
            Show all
          </button>
        </div>
      )}
    </section>
  );
}
