"use client";
/**
 * Top values of the main fields for the current filters, with counts: click a
 * value to filter by it, ⊘ to exclude it. One engine round trip for all
 * fields.
 */
import { useMemo } from "react";
import type { GroupResult } from "../../lib/index/types";
import { fieldLabel } from "../../lib/state/field-names";
import { formatCount } from "../../lib/state/format";
import { useEngineQuery } from "../hooks/use-engine-query";
import { useAppStore } from "../state/store-provider";
import { ExcludeButton, FilterValue } from "./filter-value";
import { useHasData, useQuerySpec } from "./use-query-spec";
import styles from "./filters.module.css";

/** The fields the panel lists, in order. */
export const FACET_FIELDS: readonly string[] = ["principal", "eventName", "eventSource", "sourceIp", "region", "errorCode", "bucket", "userAgent"];
const VALUES_PER_FIELD = 6;

interface FacetsPanelProps {
  fields?: readonly string[];
}

/** The facets panel. */
export function FacetsPanel({ fields = FACET_FIELDS }: FacetsPanelProps) {
  const { spec } = useQuerySpec();
  const hasData = useHasData();
  const params = useMemo(() => (hasData ? { spec, fields: [...fields], limit: VALUES_PER_FIELD } : null), [hasData, spec, fields]);
  const { data, error, loading } = useEngineQuery("facets", params);

  return (
    <section aria-label="Facets" className={styles.facets} aria-busy={loading}>
      <h2 className={styles.panelTitle}>Top values</h2>
      {error && (
        <p role="alert" className={styles.fieldError}>
          Facets failed: {error}
        </p>
      )}
      {data && fields.map((field, i) => <Facet key={field} field={field} result={data[i]} />)}
    </section>
  );
}

function Facet({ field, result }: { field: string; result: GroupResult | undefined }) {
  const chips = useAppStore((s) => s.chips);
  if (!result) return null;
  const max = result.counts[0] ?? 0;
  const label = fieldLabel(field);
  const more = result.totalGroups - result.keys.length;
  return (
    <section className={styles.facet} aria-label={`${label} values`}>
      <h3 className={styles.facetTitle}>{label}</h3>
      {result.keys.length === 0 ? (
        <p className={styles.muted}>No events</p>
      ) : (
        <ol className={styles.facetList}>
          {result.keys.map(([value = ""], i) => {
            const count = result.counts[i] ?? 0;
            const active = chips.some((c) => c.field === field && c.value === value && !c.negate);
            return (
              <li key={value} className={styles.facetRow} data-active={active || undefined}>
                <span className={styles.facetBar} style={{ width: `${max > 0 ? (count / max) * 100 : 0}%` }} aria-hidden="true" />
                <FilterValue field={field} value={value} maxChars={48} className={styles.facetValue} />
                <span className={styles.facetCount}>{formatCount(count)}</span>
                <ExcludeButton field={field} value={value} />
              </li>
            );
          })}
        </ol>
      )}
      {more > 0 && <p className={styles.muted}>+{formatCount(more)} more</p>}
    </section>
  );
}
