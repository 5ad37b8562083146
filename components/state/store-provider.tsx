"use client";
/** Creates the app's one store per mounted tree and hands it down by context. */
import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createAppStore, type AppState, type AppStore } from "../../lib/state/store";

const StoreContext = createContext<AppStore | null>(null);

/** Provides a fresh store to everything below it. */
export function StoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createAppStore());
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for actions that read state outside render. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useAppStore must be used inside <StoreProvider>");
  return store;
}

/** Subscribes to one slice of state; re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
