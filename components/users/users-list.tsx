"use client";
/**
 * Every principal under the filters: type, events, distinct APIs, error
 * rate, first/last seen, source IPs, off-hours share and sensitive calls.
 * Sortable by any column and searchable by name; a name opens its page.
 */
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import { formatCount } from "../../lib/state/format";
import type { TimeZoneMode } from "../../lib/state/time-format";
import type { UrlState } from "../../lib/state/url-state";
import type { PrincipalRow } from "../../lib/worker/entity-types";
import { principalHref } from "../findings/finding-links";
import { FilterValue } from "../filters/filter-value";
import { useHasData, useQuerySpec } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { percent, TimeText, timeHeader } from "../entity/cells";
import { EntityTable, type EntityColumn, type EntityTableFeatures } from "../entity/entity-table";
import { OFF_HOURS_TEXT } from "../entity/heatmap-model";
import { useUrlState } from "../hooks/use-url-state";
import { useAppStore } from "../state/store-provider";
import { principalsTable } from "../../lib/state/table-exports";
import { ExportCsvButton } from "../ui/export-csv-button";
import styles from "../entity/entity.module.css";

const helper = createColumnHelper<EntityTableFeatures, PrincipalRow>();

function columns(tz: TimeZoneMode, url: UrlState): EntityColumn<PrincipalRow>[] {
  return [
    helper.accessor("name", {
      id: "name",
      header: "Principal",
      sortFn: "alphanumeric",
      cell: (info) => (
        <Link href={principalHref(info.getValue(), url)} className={styles.entityLink} title={`Open ${info.getValue()}`}>
          {info.getValue()}
        </Link>
      ),
    }),
    helper.accessor("type", { id: "type", header: "Type", sortFn: "alphanumeric", cell: (info) => <FilterValue field="principalType" value={info.getValue()} /> }),
    helper.accessor("events", { id: "events", header: "Events", cell: (info) => formatCount(info.getValue()) }),
    helper.accessor("apis", { id: "apis", header: "APIs", cell: (info) => formatCount(info.getValue()) }),
    helper.accessor("errorRate", { id: "errorRate", header: "Errors", cell: (info) => `${percent(info.getValue())} (${formatCount(info.row.original.errors)})` }),
    helper.accessor("firstSeen", { id: "firstSeen", header: timeHeader("First seen", tz), cell: (info) => <TimeText ms={info.getValue()} tz={tz} /> }),
    helper.accessor("lastSeen", { id: "lastSeen", header: timeHeader("Last seen", tz), cell: (info) => <TimeText ms={info.getValue()} tz={tz} /> }),
    helper.accessor("sourceIps", { id: "sourceIps", header: "Source IPs", cell: (info) => formatCount(info.getValue()) }),
    helper.accessor("offHoursShare", {
      id: "offHoursShare",
      header: () => <abbr title={`Share of calls in off-hours: ${OFF_HOURS_TEXT}`}>Off-hours</abbr>,
      cell: (info) => percent(info.getValue()),
    }),
    helper.accessor("sensitive", {
      id: "sensitive",
      header: () => <abbr title="IAM changes, policy changes and key creation">Sensitive</abbr>,
      cell: (info) => (info.getValue() > 0 ? <span className={styles.flag}>{formatCount(info.getValue())}</span> : "0"),
    }),
  ];
}

const NUMERIC = ["events", "apis", "errorRate", "sourceIps", "offHoursShare", "sensitive"];

/** The principals list. */
export function UsersList() {
  const { spec } = useQuerySpec();
  const hasData = useHasData();
  const tz = useAppStore((s) => s.timeZone);
  const url = useUrlState();
  const [search, setSearch] = useState("");
  const params = useMemo(() => (hasData ? { spec } : null), [hasData, spec]);
  const { data, error, loading } = useEngineQuery("principals", params);
  const cols = useMemo(() => columns(tz, url), [tz, url]);
  const rows = useMemo(() => data ?? [], [data]);

  return (
    <section aria-labelledby="users-title" className={styles.panel} aria-busy={loading}>
      <div className={styles.panelHead}>
        <h1 id="users-title">Users</h1>
        <span className={styles.muted}>{data ? `${formatCount(data.length)} principals` : loading ? "Loading…" : ""}</span>
        <div className={styles.panelActions}>
          <input type="search" className={styles.search} aria-label="Search principals" placeholder="Search principals" value={search} onChange={(e) => setSearch(e.target.value)} />
          <ExportCsvButton what="principals" className={styles.button} table={() => principalsTable(rows)} disabled={rows.length === 0} />
        </div>
      </div>
      <p className={styles.listNote}>
        IAM users, roles (assumed-role sessions count as their role), root and AWS services. Off-hours: {OFF_HOURS_TEXT}. Sensitive: IAM changes, policy changes
        and key creation.
      </p>
      {error && (
        <p role="alert" className={styles.error}>
          The principals list failed: {error}
        </p>
      )}
      {data && (
        <EntityTable
          label="Principals"
          data={rows}
          columns={cols}
          getRowId={(p) => p.name}
          initialSort={[{ id: "events", desc: true }]}
          search={search}
          searchColumns={["name", "type"]}
          numeric={NUMERIC}
          empty="No principal has events under the filters."
        />
      )}
    </section>
  );
}
