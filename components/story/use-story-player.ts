"use client";
/**
 * The story being played: the URL's story id picks it from the library (and
 * a story set through useCurrentStory moves the URL), the engine resolves it
 * against the loaded data, and the URL's step says where we are.
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { StoryPosition } from "../../lib/state/story-slice";
import type { ResolvedStep, ResolvedStory } from "../../lib/story/resolve";
import type { Story } from "../../lib/story/schema";
import { useHasData } from "../filters/use-query-spec";
import { useEngineQuery } from "../hooks/use-engine-query";
import { useAppStore } from "../state/store-provider";
import { useCurrentStory } from "./current-story";
import { useStoryLibrary, type StoryLibrary } from "./story-library";

/** Evidence rows materialised per step: enough to list and to outline every heatmap cell of a night's reads. */
const SAMPLE_ROWS = 1_000;

export interface StoryPlayer {
  library: StoryLibrary;
  position: StoryPosition;
  story: Story | null;
  resolved: ResolvedStory | null;
  resolving: boolean;
  error: string | null;
  /** 0-based index of the shown step (clamped to the story). */
  index: number;
  step: ResolvedStep | null;
  total: number;
  /** Moves to a 0-based step (clamped). */
  go(index: number): void;
  choose(story: Story): void;
  setMode(mode: StoryPosition["mode"]): void;
  /** The URL's story id names no story there is. */
  missing: boolean;
}

/** Plays the URL's story. */
export function useStoryPlayer(): StoryPlayer {
  const library = useStoryLibrary();
  const position = useAppStore((s) => s.storyPosition);
  const setPosition = useAppStore((s) => s.setStoryPosition);
  const hasData = useHasData();
  const { story, setStory } = useCurrentStory();

  // The URL picks the story (on load, back and forward); without one, the first story of the library.
  const wanted = position.id ?? library.entries[0]?.story.id ?? null;
  const entry = library.entries.find((e) => e.story.id === wanted);
  // The story this hook set itself: only a story set from elsewhere moves the URL.
  const own = useRef<Story | null>(null);
  useEffect(() => {
    if (entry && story?.id !== entry.story.id) {
      own.current = entry.story;
      setStory(entry.story);
    }
    // Only when the wanted story or the library changes: a story set from elsewhere must not be undone here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, entry]);

  // A story set through useCurrentStory (an editor, an import) becomes the URL's.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (story && story !== own.current && story.id !== position.id) setPosition({ id: story.id, step: 1 });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [story]);

  const playing = story && story.id === wanted ? story : null;
  const params = useMemo(() => (playing && hasData ? { story: playing, options: { sampleRows: SAMPLE_ROWS } } : null), [playing, hasData]);
  const { data, loading, error } = useEngineQuery("resolveStory", params);
  const resolved = data && data.story.id === playing?.id ? data : null;
  const total = playing?.steps.length ?? 0;
  const index = Math.max(0, Math.min(total - 1, position.step - 1));

  // Acting on a story names it in the URL, so the link reproduces what is shown even when it was the default.
  const playingId = playing?.id ?? null;
  const pin = useCallback((p: Partial<StoryPosition>) => setPosition(playingId ? { id: playingId, ...p } : p), [setPosition, playingId]);
  const go = useCallback((i: number) => pin({ step: Math.max(0, Math.min(Math.max(0, total - 1), i)) + 1 }), [pin, total]);
  const choose = useCallback(
    (s: Story) => {
      own.current = s;
      setStory(s);
      setPosition({ id: s.id, step: 1 });
    },
    [setStory, setPosition],
  );
  const setMode = useCallback((mode: StoryPosition["mode"]) => pin({ mode }), [pin]);

  return {
    library,
    position,
    story: playing,
    resolved,
    resolving: loading,
    error,
    index,
    step: resolved?.steps[index] ?? null,
    total,
    go,
    choose,
    setMode,
    missing: library.ready && position.id !== null && !entry && story?.id !== position.id,
  };
}
