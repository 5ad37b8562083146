"use client";
/**
 * Shown on every page when the engine worker dies: what happened, that notes and stories are
 * safe (they live in IndexedDB, outside the worker), and a way to get the data back.
 */
import { useEffect, useState } from "react";
import { useEngine } from "../hooks/use-engine";
import styles from "./persist.module.css";

/** The crash banner, or nothing while the engine is alive. */
export function EngineCrashBanner() {
  const { client, restart } = useEngine();
  const [crash, setCrash] = useState<string | null>(null);

  useEffect(() => {
    setCrash(null);
    if (!client) return;
    return client.onCrash(setCrash);
  }, [client]);

  if (!crash) return null;
  return (
    <div role="alert" aria-label="Engine stopped" className={styles.banner}>
      <p>
        The analysis engine stopped: {crash}. The loaded events went with it; your notes and stories are kept. Reload the
        data to restart the engine and load the copy stored in this browser again (or load your files again).
      </p>
      <button type="button" className={styles.button} onClick={restart}>
        Reload the data
      </button>
    </div>
  );
}
