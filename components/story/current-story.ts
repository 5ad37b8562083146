"use client";
/**
 * The story being played in this window, shared by the story page and any
 * tool built on it (editing, export): `useCurrentStory()` gives the story
 * and a setter; a story set here is what /story shows and resolves. Also
 * keeps the story generated from findings for this tab (until saved).
 */
import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import type { Story } from "../../lib/story/schema";

interface CurrentStoryState {
  story: Story | null;
  /** The last story generated from findings in this tab. */
  generated: Story | null;
  setStory(story: Story | null): void;
  setGenerated(story: Story | null): void;
}

/** One per window: the story is the presenter's choice, not part of the URL-backed app state. */
export const currentStoryStore = createStore<CurrentStoryState>()((set) => ({
  story: null,
  generated: null,
  setStory: (story) => set({ story }),
  setGenerated: (generated) => set({ generated }),
}));

/** The current story and its setter. */
export function useCurrentStory(): { story: Story | null; setStory(story: Story | null): void } {
  const story = useStore(currentStoryStore, (s) => s.story);
  const setStory = useStore(currentStoryStore, (s) => s.setStory);
  return { story, setStory };
}

/** The story generated from findings in this tab, if any. */
export function useGeneratedStory(): Story | null {
  return useStore(currentStoryStore, (s) => s.generated);
}
