"use client";
/**
 * The chain's steps as an ordered list, in time order: each stage with its
 * time span, its findings (or, for discovery, the listing calls), how many
 * events it rests on, a link to them in the timeline, and a button that lists
 * them below.
 */
import Link from "next/link";
import { useState } from "react";
import { SEVERITIES, maxSeverity, type Severity } from "../../lib/detect/finding";
import { formatCount } from "../../lib/state/format";
import { formatTime, zoneLabel } from "../../lib/state/time-format";
import { EvidenceTable } from "../findings/evidence-table";
import { findingHref, timelineHref } from "../findings/finding-links";
import { formatSpan } from "../findings/finding-text";
import { SEVERITY_COLORS, SeverityBadge } from "../findings/severity-badge";
import { useUrlState } from "../hooks/use-url-state";
import { useAppStore } from "../state/store-provider";
import type { ChainStep, LaneId } from "./chain-layout";
import styles from "./exfil.module.css";

function stepSeverity(step: ChainStep): Severity {
  return step.findings.reduce<Severity>((s, f) => maxSeverity(s, f.severity), SEVERITIES[SEVERITIES.length - 1]!);
}

/** Who a step's timeline link filters to: the one principal of its findings, else the chain's. */
function stepActor(step: ChainStep, chainPrincipal: string) {
  const names = new Set(step.findings.map((f) => f.principal));
  const only = names.size === 1 ? [...names][0]! : chainPrincipal;
  const entities = step.findings.find((f) => f.principal === only)?.entities ?? { principals: [only] };
  return { principal: only, entities };
}

interface ChainStepsProps {
  steps: readonly ChainStep[];
  principal: string;
  /** The list's accessible name. */
  label: string;
  /** Numbers the steps (the chain); off for a list of findings beside it. */
  numbered?: boolean;
}

/** The steps, and the events of the one opened. */
export function ChainSteps({ steps, principal, label, numbered = true }: ChainStepsProps) {
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  const [open, setOpen] = useState<LaneId | null>(null);
  const opened = steps.find((s) => s.lane === open) ?? null;

  return (
    <>
      <ol className={styles.steps} aria-label={label} data-plain={numbered ? undefined : true}>
        {steps.map((step) => {
          const actor = stepActor(step, principal);
          const isOpen = step.lane === open;
          return (
            <li key={step.lane} className={styles.step} data-open={isOpen || undefined} style={{ ["--sev" as string]: SEVERITY_COLORS[stepSeverity(step)] }}>
              <h3>{step.label}</h3>
              <span className={styles.stepTime}>{formatSpan(step.start, step.end, tz)}</span>
              <ul className={styles.stepFindings}>
                {step.findings.map((f) => (
                  <li key={f.id}>
                    <SeverityBadge severity={f.severity} /> <Link href={findingHref(f.id, url)}>{f.title}</Link>
                    <p title={f.summary}>{f.summary}</p>
                  </li>
                ))}
                {step.listings.map((l) => (
                  <li key={l.row}>
                    <strong>{l.eventName}</strong> on {l.bucket}
                    <p>
                      {formatTime(l.time, tz)} {zoneLabel(tz)} · listed before or while reading
                    </p>
                  </li>
                ))}
              </ul>
              <div className={styles.stepActions}>
                <span className={styles.muted}>{formatCount(step.rows.length)} events</span>
                <Link href={timelineHref({ ...actor, start: step.start, end: step.end }, url)}>Show in timeline</Link>
                <button type="button" className={styles.button} aria-expanded={isOpen} onClick={() => setOpen(isOpen ? null : step.lane)}>
                  {isOpen ? "Hide events" : "List events"}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {opened && (
        <section aria-label={`Events of ${opened.label}`}>
          <EvidenceTable rows={opened.rows} label={`${opened.label} events`} />
        </section>
      )}
    </>
  );
}
