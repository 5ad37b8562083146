"use client";
/** Client-side context for every page: the store, the engine worker, the theme. */
import type { ReactNode } from "react";
import { SensitivitySync } from "./buckets/sensitivity-sync";
import { EngineProvider } from "./engine/engine-provider";
import { ThemeSync } from "./layout/theme-sync";
import { DatasetRestore } from "./persist/dataset-restore";
import { EngineCrashBanner } from "./persist/engine-crash-banner";
import { StoreProvider } from "./state/store-provider";

/** Wraps the app in its providers. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <StoreProvider>
      <EngineProvider>
        <ThemeSync />
        <SensitivitySync />
        <DatasetRestore />
        <EngineCrashBanner />
        {children}
      </EngineProvider>
    </StoreProvider>
  );
}
