"use client";
/** The principal page's tables: buckets it touched and the sensitive calls it made. */
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { formatCount } from "../../lib/state/format";
import type { BucketUse, SensitiveCall } from "../../lib/worker/entity-types";
import { bucketHref, eventHref } from "../findings/finding-links";
import { FilterValue } from "../filters/filter-value";
import { TimeText, timeHeader } from "../entity/cells";
import { EntityTable, type EntityTableFeatures } from "../entity/entity-table";
import { useUrlState } from "../hooks/use-url-state";
import { useAppStore } from "../state/store-provider";
import styles from "../entity/entity.module.css";

const bucketHelper = createColumnHelper<EntityTableFeatures, BucketUse>();
const callHelper = createColumnHelper<EntityTableFeatures, SensitiveCall>();

const CATEGORY_TEXT: Record<SensitiveCall["category"], string> = { "iam-change": "IAM change", policy: "Policy", key: "Key" };

/** S3 buckets the principal touched, with reads, writes and lists. */
export function BucketsTouched({ buckets }: { buckets: BucketUse[] }) {
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  const columns = useMemo(() => [
    bucketHelper.accessor("bucket", {
      id: "bucket",
      header: "Bucket",
      sortFn: "alphanumeric",
      cell: (info) => (
        <>
          <FilterValue field="bucket" value={info.getValue()} maxChars={60} />{" "}
          <Link href={bucketHref(info.getValue(), url)} className={styles.back} aria-label={`Open bucket ${info.getValue()}`}>
            open
          </Link>
        </>
      ),
    }),
    bucketHelper.accessor("reads", { id: "reads", header: "Reads", cell: (i) => formatCount(i.getValue()) }),
    bucketHelper.accessor("writes", { id: "writes", header: "Writes", cell: (i) => formatCount(i.getValue()) }),
    bucketHelper.accessor("lists", { id: "lists", header: "Lists", cell: (i) => formatCount(i.getValue()) }),
    bucketHelper.accessor("other", { id: "other", header: "Other", cell: (i) => formatCount(i.getValue()) }),
    bucketHelper.accessor("first", { id: "first", header: timeHeader("First", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
    bucketHelper.accessor("last", { id: "last", header: timeHeader("Last", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
  ], [tz, url]);
  return (
    <section aria-label="Buckets touched" className={styles.panel}>
      <div className={styles.panelHead}>
        <h2>Buckets touched</h2>
        <span className={styles.muted}>{formatCount(buckets.length)}</span>
      </div>
      <EntityTable
        label="Buckets touched"
        data={buckets}
        columns={columns}
        getRowId={(b) => b.bucket}
        initialSort={[{ id: "reads", desc: true }]}
        numeric={["reads", "writes", "lists", "other"]}
        empty="No S3 bucket."
      />
    </section>
  );
}

/** IAM changes, policy changes and key creation it made, oldest first; each opens the event in the timeline. */
export function SensitiveCalls({ calls, total }: { calls: SensitiveCall[]; total: number }) {
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  const columns = useMemo(() => [
    callHelper.accessor("time", {
      id: "time",
      header: timeHeader("Time", tz),
      cell: (i) =>
        i.row.original.eventId ? (
          <Link href={eventHref(i.row.original.eventId, i.getValue(), url)} title="Open this event in the timeline">
            <TimeText ms={i.getValue()} tz={tz} />
          </Link>
        ) : (
          <TimeText ms={i.getValue()} tz={tz} />
        ),
    }),
    callHelper.accessor("category", { id: "category", header: "Kind", cell: (i) => CATEGORY_TEXT[i.getValue()] }),
    callHelper.accessor("eventName", { id: "eventName", header: "Event", sortFn: "alphanumeric", cell: (i) => <FilterValue field="eventName" value={i.getValue()} /> }),
    callHelper.accessor((c) => c.targetUser || c.roleName, {
      id: "target",
      header: "User / role acted on",
      sortFn: "alphanumeric",
      cell: (i) => (i.row.original.targetUser ? <FilterValue field="targetUser" value={i.row.original.targetUser} /> : i.row.original.roleName ? <FilterValue field="roleName" value={i.row.original.roleName} /> : ""),
    }),
    callHelper.accessor("policyArn", { id: "policyArn", header: "Policy", sortFn: "alphanumeric", cell: (i) => (i.getValue() ? <FilterValue field="policyArn" value={i.getValue()} maxChars={60} /> : "") }),
    callHelper.accessor("errorCode", { id: "errorCode", header: "Error", sortFn: "alphanumeric", cell: (i) => (i.getValue() ? <FilterValue field="errorCode" value={i.getValue()} /> : "") }),
  ], [tz, url]);
  return (
    <section aria-label="IAM changes" className={styles.panel}>
      <div className={styles.panelHead}>
        <h2>IAM changes, policies and keys</h2>
        <span className={styles.muted}>{total > calls.length ? `first ${calls.length} of ${formatCount(total)}` : formatCount(total)}</span>
      </div>
      <EntityTable label="IAM changes" data={calls} columns={columns} getRowId={(c) => String(c.row)} initialSort={[{ id: "time", desc: false }]} empty="None made." />
    </section>
  );
}
