/** Shared typing for the store's slices: each slice sees the whole store. */
import type { StateCreator } from "zustand/vanilla";
import type { AppState } from "./store";

/** A slice creator over the full app state (no middleware). */
export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
