"use client";
/**
 * The story side panel: pick a story (built-in, generated, saved), generate
 * one from the findings of whatever is loaded, switch to training, start the
 * presentation, and the list of steps (choosing one moves the view).
 */
import Link from "next/link";
import { useState } from "react";
import { hrefFor } from "../../lib/state/url-state";
import { useUrlState } from "../hooks/use-url-state";
import { useEngine } from "../hooks/use-engine";
import { errorText } from "../hooks/query-runner";
import { putOne } from "../persist/idb-store";
import { currentStoryStore } from "./current-story";
import type { StoryPlayer } from "./use-story-player";
import styles from "./story.module.css";

/** Generates a story from the current findings and plays it. */
function GenerateButton({ player }: { player: StoryPlayer }) {
  const { client } = useEngine();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const generate = () => {
    if (!client) return;
    setState({ busy: true, error: null });
    client.call("storyFromFindings", {}).then(
      (story) => {
        currentStoryStore.getState().setGenerated(story);
        player.choose(story);
        setState({ busy: false, error: null });
      },
      (e: unknown) => setState({ busy: false, error: errorText(e) }),
    );
  };
  return (
    <>
      <button type="button" className={styles.button} onClick={generate} disabled={!client || state.busy}>
        {state.busy ? "Generating story…" : "Generate story from findings"}
      </button>
      {state.error && <p role="alert">The story could not be generated: {state.error}</p>}
    </>
  );
}

function SaveButton({ player }: { player: StoryPlayer }) {
  const [note, setNote] = useState<{ id: string; text: string } | null>(null);
  const story = player.story;
  if (!story) return null;
  // Only a generated story lives in this tab alone; once saved it is listed as saved (and the note says so).
  const generated = player.library.entries.find((e) => e.story.id === story.id)?.source === "generated";
  const save = () =>
    putOne("stories", story).then(
      () => setNote({ id: story.id, text: "Saved in this browser." }),
      (e: unknown) => setNote({ id: story.id, text: `Not saved: ${errorText(e)}` }),
    );
  return (
    <>
      {generated && (
        <button type="button" className={styles.button} onClick={save}>
          Save story
        </button>
      )}
      {note?.id === story.id && <p role="status">{note.text}</p>}
    </>
  );
}

/** The side panel. */
export function StoryPanel({ player }: { player: StoryPlayer }) {
  const url = useUrlState();
  const { library, story, resolved, index, position } = player;
  const training = position.mode === "training";
  const presentHref = hrefFor("/story/present", { ...url, storyPosition: { ...position, id: story?.id ?? position.id, mode: "view", role: "audience" } });

  return (
    <aside aria-label="Story" className={styles.side}>
      <label className={styles.field}>
        Story
        <select value={story?.id ?? ""} onChange={(e) => {
          const entry = library.entries.find((x) => x.story.id === e.target.value);
          if (entry) player.choose(entry.story);
        }}>
          {!story && <option value="">Choose a story…</option>}
          {library.entries.map((e) => (
            <option key={e.story.id} value={e.story.id}>
              {e.story.title} ({e.source})
            </option>
          ))}
        </select>
      </label>
      {library.problems.map((p) => (
        <p key={p} className={styles.warn}>
          {p}
        </p>
      ))}
      <div className={styles.actions}>
        <GenerateButton player={player} />
        <SaveButton player={player} />
      </div>
      <div className={styles.actions}>
        <label className={styles.toggle}>
          <input type="checkbox" checked={training} onChange={(e) => player.setMode(e.target.checked ? "training" : "view")} />
          Training mode
        </label>
        {story && (
          <Link href={presentHref} className={styles.primaryLink}>
            Present
          </Link>
        )}
        <Link href="/story/edit" prefetch={false}>
          Edit, import and export stories
        </Link>
      </div>
      {story && (
        <nav aria-label="Steps">
          <ol className={styles.steps}>
            {story.steps.map((s, i) => {
              const problems = resolved?.steps[i]?.problems.length ?? 0;
              return (
                <li key={s.id}>
                  <button type="button" className={styles.stepButton} aria-current={i === index ? "step" : undefined} onClick={() => player.go(i)}>
                    <span className={styles.stepNo}>{i + 1}</span>
                    <span>{s.title}</span>
                    {problems > 0 && <span className={styles.warn} title="Some evidence is not in this data"> ⚠</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      )}
      {/* Other tools (notes, export) mount their actions below, reading useCurrentStory(). */}
    </aside>
  );
}
