"use client";
/** The engine's stored-copy status, fetched again whenever a job ends or the dataset changes. */
import { useEffect, useState } from "react";
import type { StorageStatus } from "../../lib/worker/protocol";
import { useEngine } from "../hooks/use-engine";
import { useAppStore } from "../state/store-provider";

/** The latest StorageStatus, null until the engine has answered; `refresh` asks again. */
export function useStorageStatus(): { status: StorageStatus | null; pending: boolean; refresh(): void } {
  const { client } = useEngine();
  const summary = useAppStore((s) => s.summary);
  const job = useAppStore((s) => s.job);
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [pending, setPending] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (!client || job) return;
    let live = true;
    setPending(true);
    // The engine answers once the copy of the last load is written, so this also tells when storing ends.
    client.call("storage", {}).then(
      (s) => {
        if (!live) return;
        setStatus(s);
        setPending(false);
      },
      () => {
        if (live) setPending(false);
      },
    );
    return () => {
      live = false;
    };
  }, [client, summary, job, tick]);

  return { status, pending, refresh: () => setTick((t) => t + 1) };
}
