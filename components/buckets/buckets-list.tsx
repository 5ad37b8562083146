"use client";
/**
 * Every S3 bucket under the filters: sensitivity (changeable), reads,
 * writes, lists, distinct objects and principals, first/last access,
 * off-hours calls. Sortable and searchable; a name opens its page.
 */
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import { formatCount } from "../../lib/state/format";
import type { TimeZoneMode } from "../../lib/state/time-format";
import type { UrlState } from "../../lib/state/url-state";
import type { BucketRow } from "../../lib/worker/entity-types";
import { bucketHref } from "../findings/finding-links";
import { FilterValue } from "../filters/filter-value";
import { useHasData, useQuerySpec } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { TimeText, timeHeader } from "../entity/cells";
import { EntityTable, type EntityColumn, type EntityTableFeatures } from "../entity/entity-table";
import { useUrlState } from "../hooks/use-url-state";
import { useAppStore } from "../state/store-provider";
import { OFF_HOURS_TEXT } from "../entity/heatmap-model";
import { SensitivityControl } from "./sensitivity-control";
import { bucketsTable } from "../../lib/state/table-exports";
import { ExportCsvButton } from "../ui/export-csv-button";
import styles from "../entity/entity.module.css";

const helper = createColumnHelper<EntityTableFeatures, BucketRow>();
/** Sorts HIGH above MEDIUM above LOW. */
const RANK = { high: 3, medium: 2, low: 1 } as const;

function columns(tz: TimeZoneMode, url: UrlState): EntityColumn<BucketRow>[] {
  return [
    helper.accessor("bucket", {
      id: "bucket",
      header: "Bucket",
      sortFn: "alphanumeric",
      cell: (info) => (
        <>
          <Link href={bucketHref(info.getValue(), url)} className={styles.entityLink} title={`Open ${info.getValue()}`}>
            {info.getValue()}
          </Link>{" "}
          <FilterValue field="bucket" value={info.getValue()} className={styles.muted}>
            filter
          </FilterValue>
        </>
      ),
    }),
    helper.accessor((b) => RANK[b.sensitivity], {
      id: "sensitivity",
      header: "Sensitivity",
      cell: (info) => <SensitivityControl bucket={info.row.original.bucket} level={info.row.original.sensitivity} source={info.row.original.sensitivitySource} />,
    }),
    helper.accessor("reads", { id: "reads", header: "Reads", cell: (i) => formatCount(i.getValue()) }),
    helper.accessor("writes", { id: "writes", header: "Writes", cell: (i) => formatCount(i.getValue()) }),
    helper.accessor("lists", { id: "lists", header: "Lists", cell: (i) => formatCount(i.getValue()) }),
    helper.accessor("objects", { id: "objects", header: "Objects", cell: (i) => formatCount(i.getValue()) }),
    helper.accessor("principals", { id: "principals", header: "Principals", cell: (i) => formatCount(i.getValue()) }),
    helper.accessor("first", { id: "first", header: timeHeader("First access", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
    helper.accessor("last", { id: "last", header: timeHeader("Last access", tz), cell: (i) => <TimeText ms={i.getValue()} tz={tz} /> }),
    helper.accessor("offHours", {
      id: "offHours",
      header: () => <abbr title={`Calls in off-hours: ${OFF_HOURS_TEXT}`}>Off-hours</abbr>,
      cell: (i) => formatCount(i.getValue()),
    }),
  ];
}

const NUMERIC = ["reads", "writes", "lists", "objects", "principals", "offHours"];

/** The buckets list. */
export function BucketsList() {
  const { spec } = useQuerySpec();
  const hasData = useHasData();
  const tz = useAppStore((s) => s.timeZone);
  const levels = useAppStore((s) => s.bucketLevels);
  const url = useUrlState();
  const [search, setSearch] = useState("");
  // The levels are part of the question: a changed level must re-ask, never show a cached answer.
  const params = useMemo(() => (hasData ? { spec, levels } : null), [hasData, spec, levels]);
  const { data, error, loading } = useEngineQuery("buckets", params);
  const cols = useMemo(() => columns(tz, url), [tz, url]);
  const rows = useMemo(() => data ?? [], [data]);

  return (
    <section aria-labelledby="buckets-title" className={styles.panel} aria-busy={loading}>
      <div className={styles.panelHead}>
        <h1 id="buckets-title">Buckets</h1>
        <span className={styles.muted}>{data ? `${formatCount(data.length)} S3 buckets` : loading ? "Loading…" : ""}</span>
        <div className={styles.panelActions}>
          <input type="search" className={styles.search} aria-label="Search buckets" placeholder="Search buckets" value={search} onChange={(e) => setSearch(e.target.value)} />
          <ExportCsvButton what="buckets" className={styles.button} table={() => bucketsTable(rows)} disabled={rows.length === 0} />
        </div>
      </div>
      <p className={styles.listNote}>
        Sensitivity follows the seed&apos;s table, then words in the name; set a level to override it (kept in this browser, used by the detections). Off-hours:{" "}
        {OFF_HOURS_TEXT}.
      </p>
      {error && (
        <p role="alert" className={styles.error}>
          The buckets list failed: {error}
        </p>
      )}
      {data && (
        <EntityTable
          label="S3 buckets"
          data={rows}
          columns={cols}
          getRowId={(b) => b.bucket}
          initialSort={[{ id: "sensitivity", desc: true }]}
          search={search}
          searchColumns={["bucket"]}
          numeric={NUMERIC}
          empty="No S3 bucket has events under the filters."
        />
      )}
    </section>
  );
}
