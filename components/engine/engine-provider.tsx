"use client";
/** Connects the engine worker to the store: progress in, crashes surfaced as errors. */
import { useEffect, useMemo, type ReactNode } from "react";
import { EngineContext, useEngineInstance, type EngineHandle } from "../hooks/use-engine";
import { useAppStoreApi } from "../state/store-provider";

/** Provides the engine client and keeps the store in step with the worker's life. */
export function EngineProvider({ children }: { children: ReactNode }) {
  const instance = useEngineInstance();
  const store = useAppStoreApi();
  const { client } = instance;

  useEffect(() => {
    if (!client) return;
    const offProgress = client.onProgress((p) => store.getState().updateProgress(p));
    const offCrash = client.onCrash((message) => {
      // A dead worker takes its index with it: the UI must not keep showing data that is gone.
      store.getState().resetDataset(null);
      // The job ends without a load-page alert: the app-wide crash banner says what happened and offers the way back.
      store.getState().abortAll("");
    });
    return () => {
      offProgress();
      offCrash();
    };
  }, [client, store]);

  const handle = useMemo<EngineHandle>(
    () => ({
      client,
      restart: () => {
        store.getState().dismissMessages();
        store.getState().resetDataset(null);
        instance.restart();
      },
    }),
    [client, instance, store],
  );

  return <EngineContext.Provider value={handle}>{children}</EngineContext.Provider>;
}
