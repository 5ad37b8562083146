"use client";
/**
 * One bucket's page (/buckets?bucket=…): its sensitivity (changeable), its
 * figures, findings touching it, access over time by principal and by event
 * name, the objects accessed, who listed it before reading, and off-hours
 * access. Everything is one engine answer for the bucket under the filters.
 */
import Link from "next/link";
import { useMemo } from "react";
import { withChip } from "../../lib/state/filters-slice";
import { formatCount } from "../../lib/state/format";
import { hrefFor } from "../../lib/state/url-state";
import type { BucketDetail } from "../../lib/worker/entity-types";
import { FilterValue } from "../filters/filter-value";
import { useQuerySpec } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { Stat, TimeText } from "../entity/cells";
import { EntityChart } from "../entity/entity-chart";
import { EntityFindings } from "../entity/entity-findings";
import { useUrlState } from "../hooks/use-url-state";
import { BucketNotes } from "../notes/entity-notes";
import { useAppStore } from "../state/store-provider";
import { ListingTable, ObjectsTable, OffHoursPanel } from "./bucket-panels";
import { SensitivityControl } from "./sensitivity-control";
import styles from "../entity/entity.module.css";

/** The page of bucket `name`. */
export function BucketPage({ name }: { name: string }) {
  const { spec } = useQuerySpec();
  const levels = useAppStore((s) => s.bucketLevels);
  const url = useUrlState();
  const params = useMemo(() => ({ name, spec, levels }), [name, spec, levels]);
  const { data, error, loading } = useEngineQuery("bucket", params);
  const listHref = hrefFor("/buckets", { ...url, selectedBucket: null });
  const timelineHref = hrefFor("/timeline", { ...url, chips: withChip(url.chips, { field: "bucket", value: name, negate: false }), selectedEvent: null });

  return (
    <div className={styles.page} aria-busy={loading}>
      <Link href={listHref} className={styles.back}>
        ← All buckets
      </Link>
      <header className={styles.titleRow}>
        <h1>{name}</h1>
        {data && <SensitivityControl bucket={name} level={data.sensitivity} source={data.sensitivitySource} explain />}
        <div className={styles.panelActions}>
          <FilterValue field="bucket" value={name} className={styles.button}>
            Filter by this bucket
          </FilterValue>
          <Link href={timelineHref} className={styles.link}>
            Events in timeline
          </Link>
        </div>
      </header>
      <BucketNotes name={name} />
      {error && (
        <p role="alert" className={styles.error}>
          This bucket&apos;s figures failed: {error}
        </p>
      )}
      {data && !data.summary && <p className={styles.muted}>No events on {name} under the current filters.</p>}
      {data?.summary && <BucketBody detail={data} />}
    </div>
  );
}

function BucketBody({ detail }: { detail: BucketDetail }) {
  const tz = useAppStore((s) => s.timeZone);
  const s = detail.summary!;
  const markers = detail.findings.map((f) => ({ id: f.id, start: f.start, end: f.end, label: f.title }));
  return (
    <>
      <dl className={styles.stats} aria-label="Summary">
        <Stat label="Calls" value={formatCount(s.events)} />
        <Stat label="Reads" value={formatCount(s.reads)} />
        <Stat label="Writes" value={formatCount(s.writes)} />
        <Stat label="Lists" value={formatCount(s.lists)} />
        <Stat label="Objects" value={formatCount(s.objects)} />
        <Stat label="Principals" value={formatCount(s.principals)} />
        <Stat label="Errors" value={formatCount(s.errors)} />
        <Stat label="First access" value={<TimeText ms={s.first} tz={tz} />} />
        <Stat label="Last access" value={<TimeText ms={s.last} tz={tz} />} />
      </dl>
      <EntityFindings findings={detail.findings} label="Findings touching this bucket" />
      <div className={styles.grid}>
        <section aria-label="Access by principal" className={styles.panel}>
          <h2>Access over time by principal</h2>
          <EntityChart histogram={detail.byPrincipal} stackBy="principal" label="Access over time by principal" markers={markers} />
        </section>
        <section aria-label="Access by event" className={styles.panel}>
          <h2>Access over time by event</h2>
          <EntityChart histogram={detail.byEventName} stackBy="eventName" label="Access over time by event name" markers={markers} />
        </section>
      </div>
      <ObjectsTable objects={detail.objects} />
      <div className={styles.grid}>
        <ListingTable listing={detail.listing} />
        <OffHoursPanel offHours={detail.offHours} events={s.events} />
      </div>
    </>
  );
}
