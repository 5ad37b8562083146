"use client";
/**
 * The analyst's saved stories (IndexedDB store "stories", one Story per
 * record keyed by its id): read once, read again on every change in this
 * window or another, shared through one external store.
 */
import { useSyncExternalStore } from "react";
import type { Story } from "../../lib/story/schema";
import { deleteOne, getAll, onStoreChange, putOne } from "../persist/idb-store";
import { storedStories } from "./story-model";

export interface StoriesState {
  stories: readonly Story[];
  loaded: boolean;
  error: string | null;
}

const EMPTY: StoriesState = { stories: [], loaded: false, error: null };
let state: StoriesState = EMPTY;
const listeners = new Set<() => void>();
let started = false;
let loading = 0;

function set(next: StoriesState): void {
  state = next;
  for (const l of listeners) l();
}

async function reload(): Promise<void> {
  const ticket = ++loading;
  try {
    const { stories, dropped } = storedStories(await getAll<unknown>("stories"));
    if (ticket !== loading) return;
    set({ stories, loaded: true, error: dropped > 0 ? `${dropped} stored stor${dropped === 1 ? "y is" : "ies are"} not readable and left out` : null });
  } catch (e) {
    if (ticket === loading) set({ stories: state.stories, loaded: true, error: `Stories could not be read: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    onStoreChange((store) => {
      if (store === "stories") void reload();
    });
    void reload();
  }
  return () => listeners.delete(listener);
}

/** The saved stories, by title (empty until read). */
export function useSavedStories(): StoriesState {
  return useSyncExternalStore(subscribe, () => state, () => EMPTY);
}

const message = (what: string, e: unknown): string => `${what}: ${e instanceof Error ? e.message : String(e)}`;

/** Saves (inserts or replaces) a validated story; resolves with an error message, or null. */
export async function saveStory(story: Story): Promise<string | null> {
  try {
    await putOne("stories", story);
    return null;
  } catch (e) {
    return message("The story could not be saved", e);
  }
}

/** Deletes a saved story; resolves with an error message, or null. */
export async function deleteStory(id: string): Promise<string | null> {
  try {
    await deleteOne("stories", id);
    return null;
  } catch (e) {
    return message("The story could not be deleted", e);
  }
}
