"use client";
/** Keeps <html data-theme> and the saved preference in step with the store. */
import { useEffect, useState } from "react";
import { parseTheme } from "../../lib/state/theme-slice";
import { useAppStore, useAppStoreApi } from "../state/store-provider";

/** Key under which the chosen theme is remembered; public/theme-init.js reads it before first paint. */
export const THEME_STORAGE_KEY = "trailscope-theme";

/** Adopts the theme the init script applied, then writes every change back. */
export function ThemeSync() {
  const store = useAppStoreApi();
  const theme = useAppStore((s) => s.theme);
  // Until the store has adopted the page's theme, writing would flip a light page back to the dark default.
  const [adopted, setAdopted] = useState(false);

  useEffect(() => {
    store.getState().setTheme(parseTheme(document.documentElement.dataset.theme));
    setAdopted(true);
  }, [store]);

  useEffect(() => {
    if (!adopted) return;
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, theme);
    } catch {
      // Storage can be unavailable (private mode, policy); the theme still applies for this visit.
    }
  }, [theme, adopted]);

  return null;
}
