"use client";
/** Owns the engine worker and shares its client with the tree. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { EngineClient } from "../../lib/worker/client";

/** Starts the engine worker; Next bundles the entry as its own chunk. */
export function createEngineWorker(): Worker {
  return new Worker(new URL("../../lib/worker/engine.worker.ts", import.meta.url), { type: "module" });
}

export interface EngineHandle {
  /** null until the worker has started (the first effect after hydration). */
  client: EngineClient | null;
  /** Replaces a crashed worker with a fresh, empty one. */
  restart(): void;
}

export const EngineContext = createContext<EngineHandle | null>(null);

/** The shared engine handle. */
export function useEngine(): EngineHandle {
  const handle = useContext(EngineContext);
  if (!handle) throw new Error("useEngine must be used inside <EngineProvider>");
  return handle;
}

/** Starts one worker for the caller's lifetime (and again after each restart) and stops it on unmount. */
export function useEngineInstance(): EngineHandle {
  const [generation, setGeneration] = useState(0);
  const [client, setClient] = useState<EngineClient | null>(null);
  useEffect(() => {
    const next = new EngineClient(createEngineWorker());
    setClient(next);
    return () => {
      setClient(null);
      next.terminate();
    };
  }, [generation]);
  const restart = useCallback(() => setGeneration((g) => g + 1), []);
  return useMemo(() => ({ client, restart }), [client, restart]);
}
