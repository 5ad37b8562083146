"use client";
/** "Stored locally, N MB" with "Forget this data", or why the data is kept in this tab only. */
import { formatBytes } from "../../lib/state/format";
import { useEngine } from "../hooks/use-engine";
import { useAppStore, useAppStoreApi } from "../state/store-provider";
import { useStorageStatus } from "./use-storage-status";
import styles from "./persist.module.css";

/** The stored copy's state and the action that deletes it. */
export function StorageIndicator() {
  const { client } = useEngine();
  const store = useAppStoreApi();
  const busy = useAppStore((s) => s.job !== null);
  const { status, pending, refresh } = useStorageStatus();
  if (!status) return null;
  const stored = status.loads > 0;

  const forget = async () => {
    if (!client) return;
    try {
      const out = await client.call("forget", {});
      if (out.cleared) {
        store.getState().resetDataset(out.summary);
      }
      store.setState({
        notice: out.cleared
          ? "Stored copy deleted. The dataset was cleared too, because it had been read from that copy."
          : "Stored copy deleted. The data stays loaded in this tab until you reload or close it.",
        error: null,
      });
    } catch (err) {
      store.getState().showError(`Forgetting the stored data failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    refresh();
  };

  return (
    <section aria-label="Local storage" className={styles.storage}>
      <p role="status">
        {pending && !stored
          ? "Storing a copy in this browser, in the pauses between your queries…"
          : stored
            ? `Stored locally, ${formatBytes(status.bytes)}${status.bytes === 0 ? " (demo settings only)" : ""}: a reload of this page loads it again.`
            : "Nothing stored in this browser."}
      </p>
      {stored && (
        <button type="button" className={styles.button} onClick={() => void forget()} disabled={busy} title="Deletes the copy kept in this browser. Data loaded from your files stays in this tab until you reload it.">
          Forget this data
        </button>
      )}
      {status.problem && <p className={styles.problem}>{status.problem}</p>}
    </section>
  );
}
