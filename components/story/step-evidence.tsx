"use client";
/**
 * What a step's evidence is: its problems first (evidence the data lacks),
 * then the rows in time order with the callouts' rows highlighted, and the
 * facts (top principals, keys, IPs, user agents, buckets, objects). Every
 * value is log data, rendered as text.
 */
import { formatCount } from "../../lib/state/format";
import { formatTime } from "../../lib/state/time-format";
import type { FactField } from "../../lib/story/evidence";
import type { ResolvedStep } from "../../lib/story/resolve";
import { describeHours } from "../../lib/story/time-spec";
import { useAppStore } from "../state/store-provider";
import { calloutRows, type Callout } from "./callouts";
import styles from "./story.module.css";
import ev from "./evidence.module.css";

/** Rows listed at most (the count says how many there are). */
const MAX_LISTED = 100;
/** User agents are long; the cell shows their start (the tool and platform), the tooltip all of it. */
const UA_CHARS = 48;
const FACTS: readonly [FactField, string][] = [
  ["principal", "Principal"],
  ["accessKeyId", "Access key"],
  ["sourceIp", "Source IP"],
  ["userAgent", "User agent"],
  ["eventName", "Event"],
  ["bucket", "Bucket"],
  ["objectKey", "Object"],
  ["targetUser", "Target user"],
  ["policyArn", "Policy"],
];

/** The step's problems, when its evidence is not in the data. */
export function StepProblems({ step }: { step: ResolvedStep }) {
  if (step.problems.length === 0) return null;
  return (
    <section aria-label="Problems" className={ev.problems}>
      <h3>Not in this data</h3>
      <ul>
        {step.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}

/** The evidence facts: top values per field. */
export function StepFacts({ step, fields = FACTS.length }: { step: ResolvedStep; fields?: number }) {
  const f = step.evidence.facts.fields;
  const shown = FACTS.filter(([field]) => f[field].top.length > 0).slice(0, fields);
  const hours = step.evidence.hours;
  return (
    <dl aria-label="Evidence facts" className={ev.facts}>
      <dt>Events</dt>
      <dd>{formatCount(step.evidence.total)}</dd>
      {hours && (
        <>
          <dt>Hours</dt>
          <dd>{describeHours(hours)}</dd>
        </>
      )}
      {shown.map(([field, label]) => (
        <div key={field} className={ev.fact}>
          <dt>{label}</dt>
          <dd>
            {f[field].top.slice(0, 3).map((v, i) => (
              <span key={i} className={ev.factValue}>
                {v.value} <span className={styles.muted}>({formatCount(v.count)})</span>
              </span>
            ))}
            {f[field].distinct > 3 && <span className={styles.muted}> +{formatCount(f[field].distinct - 3)} more</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The evidence rows, with the callouts' rows highlighted and numbered. */
export function EvidenceRows({ step, callouts }: { step: ResolvedStep; callouts: readonly Callout[] }) {
  const tz = useAppStore((s) => s.timeZone);
  const marks = calloutRows(callouts);
  const rows = step.evidence.sample.slice(0, MAX_LISTED);
  if (!step.evidence.list || rows.length === 0) return null;
  return (
    <section aria-label="Evidence" className={styles.panel}>
      <div className={styles.panelHead}>
        <h3>Evidence</h3>
        <span className={styles.muted}>
          {rows.length < step.evidence.total ? `first ${formatCount(rows.length)} of ` : ""}
          {formatCount(step.evidence.total)} events, in time order
        </span>
      </div>
      <div className={ev.tableBox}>
        <table className={ev.table} aria-label="Evidence events">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time ({tz === "utc" ? "UTC" : "local"})</th>
              <th scope="col">Principal</th>
              <th scope="col">Event</th>
              <th scope="col">Target</th>
              <th scope="col">Source IP</th>
              <th scope="col">User agent</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const n = marks.get(r.row);
              const target = r.objectKey ? `${r.bucket}/${r.objectKey}` : r.bucket || [r.targetUser, r.policyArn].filter(Boolean).join(" · ");
              return (
                <tr key={r.row} data-callout={n ?? undefined} aria-current={n !== undefined ? "true" : undefined}>
                  <td>{n !== undefined ? <span className={styles.calloutNo}>{n}</span> : null}</td>
                  <td className={ev.nowrap}>{formatTime(r.time, tz)}</td>
                  <td>{r.principal}</td>
                  <td>{r.eventName}</td>
                  <td className={ev.wrap}>{target}</td>
                  <td>{r.sourceIp}</td>
                  <td className={ev.wrap} title={r.userAgent}>
                    {r.userAgent.length > UA_CHARS ? `${r.userAgent.slice(0, UA_CHARS - 1)}…` : r.userAgent}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
