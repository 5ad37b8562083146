"use client";
/**
 * One principal's page (/users?principal=…): its figures, findings, activity
 * over time, the hour-of-day × day heatmap, top APIs, source IPs and user
 * agents with first-seen times, buckets touched, IAM changes and errors.
 * Everything is one engine answer for the principal under the filters.
 */
import Link from "next/link";
import { useMemo, useState } from "react";
import { withChip } from "../../lib/state/filters-slice";
import { formatCount } from "../../lib/state/format";
import { hrefFor } from "../../lib/state/url-state";
import type { PrincipalDetail } from "../../lib/worker/entity-types";
import { FilterValue } from "../filters/filter-value";
import { useQuerySpec } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { percent, SeenPanel, Stat, TimeText } from "../entity/cells";
import { EntityChart } from "../entity/entity-chart";
import { EntityFindings } from "../entity/entity-findings";
import { HourHeatmap } from "../entity/hour-heatmap";
import { useUrlState } from "../hooks/use-url-state";
import { PrincipalNotes } from "../notes/entity-notes";
import { useAppStore } from "../state/store-provider";
import { BucketsTouched, SensitiveCalls } from "./principal-panels";
import { OFF_HOURS_TEXT } from "../entity/heatmap-model";
import styles from "../entity/entity.module.css";

/** The page of `name`. */
export function PrincipalPage({ name }: { name: string }) {
  const { spec } = useQuerySpec();
  const url = useUrlState();
  const [heatmapEvent, setHeatmapEvent] = useState("");
  const params = useMemo(() => ({ name, spec, ...(heatmapEvent ? { heatmapEventName: heatmapEvent } : {}) }), [name, spec, heatmapEvent]);
  const { data, error, loading } = useEngineQuery("principal", params);
  const listHref = hrefFor("/users", { ...url, selectedPrincipal: null });
  const timelineHref = hrefFor("/timeline", { ...url, chips: withChip(url.chips, { field: "principal", value: name, negate: false }), selectedEvent: null });

  return (
    <div className={styles.page} aria-busy={loading}>
      <Link href={listHref} className={styles.back}>
        ← All principals
      </Link>
      <header className={styles.titleRow}>
        <h1>{name}</h1>
        {data?.summary && <FilterValue field="principalType" value={data.summary.type} />}
        <div className={styles.panelActions}>
          <FilterValue field="principal" value={name} className={styles.button}>
            Filter by this principal
          </FilterValue>
          <Link href={timelineHref} className={styles.link}>
            Events in timeline
          </Link>
        </div>
      </header>
      <PrincipalNotes name={name} />
      {error && (
        <p role="alert" className={styles.error}>
          This principal&apos;s figures failed: {error}
        </p>
      )}
      {data && !data.summary && <p className={styles.muted}>No events of {name} under the current filters.</p>}
      {data?.summary && <PrincipalBody detail={data} heatmapEvent={heatmapEvent} onHeatmapEvent={setHeatmapEvent} />}
    </div>
  );
}

interface BodyProps {
  detail: PrincipalDetail;
  heatmapEvent: string;
  onHeatmapEvent(name: string): void;
}

function PrincipalBody({ detail, heatmapEvent, onHeatmapEvent }: BodyProps) {
  const tz = useAppStore((s) => s.timeZone);
  const setTimeRange = useAppStore((s) => s.setTimeRange);
  const s = detail.summary!;
  const markers = detail.findings.map((f) => ({ id: f.id, start: f.start, end: f.end, label: f.title }));
  // The heatmap's event choice lists the principal's APIs, keeping a chosen one that fell out of the top list.
  const choices = detail.apis.items.map((v) => v.value);
  if (heatmapEvent && !choices.includes(heatmapEvent)) choices.unshift(heatmapEvent);

  return (
    <>
      <dl className={styles.stats} aria-label="Summary">
        <Stat label="Events" value={formatCount(s.events)} />
        <Stat label="APIs" value={formatCount(s.apis)} />
        <Stat label="Errors" value={`${formatCount(s.errors)} (${percent(s.errorRate)})`} />
        <Stat label="Source IPs" value={formatCount(s.sourceIps)} />
        <Stat label="Off-hours" value={`${formatCount(s.offHours)} (${percent(s.offHoursShare)})`} title={OFF_HOURS_TEXT} />
        <Stat label="Sensitive calls" value={formatCount(s.sensitive)} />
        <Stat label="First seen" value={<TimeText ms={s.firstSeen} tz={tz} />} />
        <Stat label="Last seen" value={<TimeText ms={s.lastSeen} tz={tz} />} />
        <Stat label="ARN" value={detail.arns.length > 0 ? <FilterValue field="principalArn" value={detail.arns[0]!} maxChars={60} /> : "–"} />
        <Stat label="Account" value={detail.accounts.length > 0 ? <FilterValue field="accountId" value={detail.accounts[0]!} /> : "–"} />
      </dl>
      <section aria-label="Activity over time" className={styles.panel}>
        <h2>Activity over time</h2>
        <EntityChart histogram={detail.activity} stackBy="eventName" label="Activity over time by event name" markers={markers} />
      </section>
      <section aria-label="Activity by hour of day" className={styles.panel}>
        <div className={styles.panelHead}>
          <h2>Activity by hour of day</h2>
          <div className={styles.panelActions}>
            <label className={styles.muted}>
              Events{" "}
              <select className={styles.select} value={heatmapEvent} onChange={(e) => onHeatmapEvent(e.target.value)} aria-label="Heatmap events">
                <option value="">All events</option>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <HourHeatmap heatmap={detail.heatmap} label={`Hour of day by day${heatmapEvent ? `: ${heatmapEvent}` : ""}`} onCell={setTimeRange} />
      </section>
      <EntityFindings findings={detail.findings} label="Findings for this principal" />
      <div className={styles.grid}>
        <SeenPanel title="Top APIs" field="eventName" items={detail.apis.items} distinct={detail.apis.distinct} />
        <SeenPanel title="Source IPs" field="sourceIp" items={detail.sourceIps.items} distinct={detail.sourceIps.distinct} />
        <SeenPanel title="User agents" field="userAgent" items={detail.userAgents.items} distinct={detail.userAgents.distinct} maxChars={70} />
        <BucketsTouched buckets={detail.buckets} />
        <SensitiveCalls calls={detail.sensitiveCalls.calls} total={detail.sensitiveCalls.total} />
        <SeenPanel title="Errors" field="errorCode" items={detail.errors.items} distinct={detail.errors.distinct} />
      </div>
    </>
  );
}
