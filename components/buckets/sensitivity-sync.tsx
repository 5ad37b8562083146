"use client";
/**
 * Keeps the analyst's bucket levels in step everywhere: restored from
 * localStorage (validated) on start, saved on every change, and sent to the
 * engine with `setSensitivity` so detections use them. The send happens in
 * the store subscription, synchronously with the change, so it reaches the
 * worker before any query the change triggers.
 */
import { useEffect, useRef } from "react";
import { BUCKET_LEVELS_STORAGE_KEY, parseBucketLevels, type BucketLevels } from "../../lib/state/sensitivity-slice";
import { useEngine } from "../hooks/use-engine";
import { useAppStoreApi } from "../state/store-provider";

function readSaved(): BucketLevels {
  try {
    return parseBucketLevels(localStorage.getItem(BUCKET_LEVELS_STORAGE_KEY));
  } catch {
    // Storage can be unavailable (private mode, policy): start with the defaults.
    return [];
  }
}

function save(levels: BucketLevels): void {
  try {
    if (levels.length === 0) localStorage.removeItem(BUCKET_LEVELS_STORAGE_KEY);
    else localStorage.setItem(BUCKET_LEVELS_STORAGE_KEY, JSON.stringify(levels));
  } catch {
    // Unavailable or full storage: the levels still apply for this visit.
  }
}

/** Mount once, inside the store and engine providers. */
export function SensitivitySync() {
  const store = useAppStoreApi();
  const { client } = useEngine();
  const restored = useRef(false);

  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const saved = readSaved();
    if (saved.length > 0) store.getState().setBucketLevels(saved);
  }, [store]);

  useEffect(() => {
    if (!client) return;
    const send = (levels: BucketLevels) => {
      // A failed send (the worker restarting) is repaired by the next client's first send.
      client.call("setSensitivity", { levels }).catch(() => undefined);
    };
    // A fresh worker knows no levels: give it the current ones (an empty list changes nothing there).
    if (store.getState().bucketLevels.length > 0) send(store.getState().bucketLevels);
    return store.subscribe((s, prev) => {
      if (s.bucketLevels === prev.bucketLevels) return;
      save(s.bucketLevels);
      send(s.bucketLevels);
    });
  }, [client, store]);

  return null;
}
