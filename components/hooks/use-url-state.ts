"use client";
/** The URL-backed state, for building links that keep the investigation (filters, time zone, views' settings). */
import { useShallow } from "zustand/react/shallow";
import { urlStateOf, type UrlState } from "../../lib/state/url-state";
import { useAppStore } from "../state/store-provider";

/** The current URL state; a new object only when one of its fields changed. */
export function useUrlState(): UrlState {
  return useAppStore(useShallow(urlStateOf));
}
