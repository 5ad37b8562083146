"use client";
/** One finding opened: its sentence, facts, ATT&CK techniques, links onward, and its evidence events. */
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { Finding } from "../../lib/detect/finding";
import { formatCount } from "../../lib/state/format";
import { useEscapeToClose } from "../layout/escape-stack";
import { useAppStore } from "../state/store-provider";
import { EvidenceTable } from "./evidence-table";
import { actorChip, bucketHref, exfilHref, principalHref, timelineHref } from "./finding-links";
import { formatSpan, mitreTechnique, stageLabel } from "./finding-text";
import { SeverityBadge } from "./severity-badge";
import { useUrlState } from "../hooks/use-url-state";
import styles from "./findings.module.css";

interface FindingDetailProps {
  /** null when the opened id is not among the current findings. */
  finding: Finding | null;
  onClose(): void;
}

function List({ items }: { items: readonly string[] | undefined }) {
  return <>{(items ?? []).join(", ")}</>;
}

/** The detail panel. */
export function FindingDetail({ finding: f, onClose }: FindingDetailProps) {
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  const heading = useRef<HTMLHeadingElement>(null);
  useEscapeToClose(true, onClose);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [f?.id]);

  const chip = f ? actorChip(f) : null;
  const entities = f?.entities;
  return (
    <aside aria-label="Finding details" className={`${styles.panel} ${styles.detail}`}>
      <div className={styles.detailHead}>
        <h2 ref={heading} tabIndex={-1}>
          {f ? f.title : "Finding"}
        </h2>
        <button type="button" className={styles.iconButton} onClick={onClose} aria-label="Close finding details" title="Close (Esc)">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {!f && <p className={styles.muted}>This finding is not among the findings of the loaded data.</p>}
      {f && (
        <>
          <p>
            <SeverityBadge severity={f.severity} /> <span className={styles.muted}>{stageLabel(f.stage)}</span>
          </p>
          <p className={styles.wrap}>{f.summary}</p>
          <dl className={styles.facts}>
            <dt>Principal</dt>
            <dd>{f.principal || "(unknown)"}</dd>
            <dt>Time</dt>
            <dd>{formatSpan(f.start, f.end, tz)}</dd>
            <dt>ATT&amp;CK</dt>
            <dd>
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
            </dd>
            <dt>Rule</dt>
            <dd className={styles.mitreId}>{f.rule}</dd>
            {(entities?.users?.length ?? 0) > 0 && (
              <>
                <dt>Users</dt>
                <dd>
                  <List items={entities?.users} />
                </dd>
              </>
            )}
            {(entities?.buckets?.length ?? 0) > 0 && (
              <>
                <dt>Buckets</dt>
                <dd>
                  <List items={entities?.buckets} />
                </dd>
              </>
            )}
            {(entities?.ips?.length ?? 0) > 0 && (
              <>
                <dt>Source IPs</dt>
                <dd>
                  <List items={entities?.ips} />
                </dd>
              </>
            )}
          </dl>
          <nav aria-label="Finding links" className={styles.links}>
            <Link href={timelineHref(f, url)}>Show in timeline</Link>
            {chip?.field === "principal" && <Link href={principalHref(f.principal, url)}>Principal page</Link>}
            {(entities?.buckets ?? []).map((b) => (
              <Link key={b} href={bucketHref(b, url)} title={`Bucket page of ${b}`}>
                Bucket page: {b}
              </Link>
            ))}
            {chip?.field === "principal" && <Link href={exfilHref(f.principal, url)}>Exfil view</Link>}
          </nav>
          <section aria-label="Evidence" className={styles.evidence}>
            <h3>Evidence ({formatCount(new Set(f.rows).size)} events)</h3>
            <EvidenceTable rows={f.rows} label="Evidence events" />
          </section>
        </>
      )}
    </aside>
  );
}
