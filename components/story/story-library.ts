"use client";
/**
 * The stories the picker offers: the built-in ones, the one generated from
 * findings in this tab, and those saved in the browser (IndexedDB store
 * "stories", refreshed when any window changes it). Saved records are
 * validated: one that no longer parses is listed as a problem, not played.
 */
import { useEffect, useMemo, useState } from "react";
import { BUILTIN_STORIES } from "../../lib/story/builtin/registry";
import { parseStory, type Story } from "../../lib/story/schema";
import { getAll, onStoreChange } from "../persist/idb-store";
import { useGeneratedStory } from "./current-story";

export type StorySource = "built-in" | "generated" | "saved";

export interface LibraryEntry {
  story: Story;
  source: StorySource;
}

export interface StoryLibrary {
  entries: LibraryEntry[];
  /** Saved records that failed validation, and storage errors. */
  problems: string[];
  /** False until the saved stories have been read once. */
  ready: boolean;
}

function useSavedStories(): { saved: Story[]; problems: string[]; ready: boolean } {
  const [state, setState] = useState<{ saved: Story[]; problems: string[]; ready: boolean }>({ saved: [], problems: [], ready: false });
  useEffect(() => {
    let live = true;
    const load = () => {
      getAll<unknown>("stories").then(
        (records) => {
          if (!live) return;
          const saved: Story[] = [];
          const problems: string[] = [];
          records.forEach((r, i) => {
            const parsed = parseStory(r);
            if (parsed.ok) saved.push(parsed.story);
            else problems.push(`Saved story ${i + 1} cannot be played: ${parsed.errors[0] ?? "invalid"}`);
          });
          setState({ saved, problems, ready: true });
        },
        (e: unknown) => live && setState({ saved: [], problems: [e instanceof Error ? e.message : String(e)], ready: true }),
      );
    };
    load();
    const off = onStoreChange((store) => {
      if (store === "stories") load();
    });
    return () => {
      live = false;
      off();
    };
  }, []);
  return state;
}

/** Every story there is to play; a saved story replaces a built-in or generated one of the same id. */
export function useStoryLibrary(): StoryLibrary {
  const generated = useGeneratedStory();
  const { saved, problems, ready } = useSavedStories();
  const entries = useMemo(() => {
    const byId = new Map<string, LibraryEntry>();
    for (const story of BUILTIN_STORIES) byId.set(story.id, { story, source: "built-in" });
    if (generated) byId.set(generated.id, { story: generated, source: "generated" });
    for (const story of saved) byId.set(story.id, { story, source: "saved" });
    return [...byId.values()];
  }, [generated, saved]);
  return { entries, problems, ready };
}
