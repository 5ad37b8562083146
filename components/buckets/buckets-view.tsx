"use client";
/** Route /buckets: the filter bar, then the buckets list or, with ?bucket=…, that bucket's page. */
import { FilterBar } from "../filters/filter-bar";
import { useHasData } from "../filters/use-query-spec";
import { NoDataset } from "../layout/no-dataset";
import { useAppStore } from "../state/store-provider";
import { BucketPage } from "./bucket-page";
import { BucketsList } from "./buckets-list";
import styles from "../entity/entity.module.css";

/** Everything on route /buckets. */
export function BucketsView() {
  const hasData = useHasData();
  const bucket = useAppStore((s) => s.selectedBucket);
  return (
    <div className={styles.page}>
      <FilterBar />
      {!hasData ? <NoDataset title={bucket ?? "Buckets"} /> : bucket ? <BucketPage key={bucket} name={bucket} /> : <BucketsList />}
    </div>
  );
}
