"use client";
/** "Add to story": appends the chosen notes as steps of a saved story (a new "My investigation" when there is none). */
import Link from "next/link";
import { useState } from "react";
import type { AnalystNote } from "../../lib/story/note";
import { appendNotes, DEFAULT_STORY_ID, DEFAULT_STORY_TITLE, emptyStory, uniqueStoryId } from "./story-model";
import { saveStory, useSavedStories } from "./stories-store";
import styles from "../notes/notes.module.css";

const NEW = "";

/** The story picker and the button. */
export function AddToStory({ notes, onAdded }: { notes: readonly AnalystNote[]; onAdded(): void }) {
  const { stories } = useSavedStories();
  // null until the analyst picks: then "My investigation" when saved, else the first saved story, else a new one.
  const [choice, setChoice] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: true; id: string; title: string; steps: number } | { ok: false; errors: string[] } | null>(null);
  const target = choice === NEW ? undefined : (stories.find((s) => s.id === choice) ?? stories.find((s) => s.id === DEFAULT_STORY_ID) ?? stories[0]);

  const add = async () => {
    const story = target ?? emptyStory(uniqueStoryId(DEFAULT_STORY_ID, new Set(stories.map((s) => s.id))), DEFAULT_STORY_TITLE);
    const next = appendNotes(story, notes);
    if (!next.ok) return setResult(next);
    const error = await saveStory(next.story);
    if (error) return setResult({ ok: false, errors: [error] });
    setResult({ ok: true, id: next.story.id, title: next.story.title, steps: notes.length });
    setChoice(next.story.id);
    onAdded();
  };

  return (
    <>
      <label className={styles.check}>
        Story{" "}
        <select className={styles.input} value={target?.id ?? NEW} onChange={(e) => setChoice(e.target.value)} aria-label="Story to add the notes to">
          {stories.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
          <option value={NEW}>New story: {DEFAULT_STORY_TITLE}</option>
        </select>
      </label>
      <button type="button" className={styles.primary} disabled={notes.length === 0} onClick={() => void add()}>
        Add to story
      </button>
      {result?.ok === true && (
        <span role="status">
          Added {result.steps} step{result.steps === 1 ? "" : "s"} to “{result.title}”.{" "}
          <Link href={`/story/edit?story=${encodeURIComponent(result.id)}`} prefetch={false}>
            Edit the story
          </Link>
        </span>
      )}
      {result?.ok === false && (
        <ul role="alert" className={styles.error}>
          {result.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </>
  );
}
