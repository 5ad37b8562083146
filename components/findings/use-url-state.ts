"use client";
/** The URL-backed state as one value that only changes when a part of it does, for building links. */
import { useShallow } from "zustand/react/shallow";
import { urlStateOf, type UrlState } from "../../lib/state/url-state";
import { useAppStore } from "../state/store-provider";

/** The app's URL state (filters, time zone, each view's settings). */
export function useUrlState(): UrlState {
  return useAppStore(useShallow(urlStateOf));
}
