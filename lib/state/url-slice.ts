/** The one action that applies a parsed URL to the store (on load, reload, back and forward). */
import type { SliceCreator } from "./slice";
import type { UrlState } from "./url-state";

export interface UrlSlice {
  /** Sets every given URL-backed field at once (one store update, one render). */
  applyUrlState(state: Partial<UrlState>): void;
}

/** Creates the URL slice. */
export const createUrlSlice: SliceCreator<UrlSlice> = (set) => ({
  applyUrlState: (state) => set(state),
});
