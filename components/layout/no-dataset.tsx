"use client";
/**
 * What a view shows while nothing is loaded. Logs live only in this tab, so a
 * reload empties the dataset while the URL keeps the view's filters: load the
 * same logs again (or the demo) and the view comes back as it was.
 */
import Link from "next/link";
import { DEFAULT_GENERATE_OPTIONS } from "../../lib/generate/options";
import { formatCount } from "../../lib/state/format";
import { hrefFor, urlStateOf } from "../../lib/state/url-state";
import { useDatasetActions } from "../hooks/use-dataset-actions";
import { useAppStore } from "../state/store-provider";
import styles from "./no-dataset.module.css";

/** Empty state with a link to the load page and the one-click demo. */
export function NoDataset({ title }: { title: string }) {
  const actions = useDatasetActions();
  const job = useAppStore((s) => s.job);
  const error = useAppStore((s) => s.error);
  const loadHref = useAppStore((s) => hrefFor("/", urlStateOf(s)));
  const filtered = useAppStore((s) => s.chips.length > 0 || s.timeRange !== null || s.text !== "");

  return (
    <section aria-labelledby="no-dataset-title" className={styles.empty}>
      <h1 id="no-dataset-title">{title}</h1>
      <p>
        No dataset is loaded. Logs stay inside this browser tab, so a reload empties it
        {filtered ? "; the filters in this link are kept and apply as soon as data is loaded." : "."}
      </p>
      <div className={styles.actions}>
        <Link href={loadHref} prefetch={false} className={styles.link}>
          Load logs
        </Link>
        <button type="button" className={styles.primary} disabled={!actions.ready} onClick={() => void actions.generate(DEFAULT_GENERATE_OPTIONS.seed, 0)}>
          Generate demo dataset
        </button>
      </div>
      {job && (
        <p role="status">
          Loading {job.label}… {job.progress ? `${formatCount(job.progress.events)} events` : ""}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
