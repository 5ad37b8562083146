"use client";
/** The stories list (/story/edit without a story): saved and built-in stories with open, edit, export and delete, and import. */
import Link from "next/link";
import { useState } from "react";
import { BUILTIN_STORIES } from "../../lib/story/builtin/registry";
import type { Story } from "../../lib/story/schema";
import { ImportStory } from "./import-story";
import { StoryExports } from "./story-exports";
import { deleteStory, useSavedStories } from "./stories-store";
import styles from "./story-io.module.css";

const editHref = (id: string): string => `/story/edit?story=${encodeURIComponent(id)}`;

/** The library. */
export function StoryLibrary() {
  const { stories, loaded, error } = useSavedStories();
  return (
    <div className={styles.page}>
      <h1>Stories</h1>
      <p className={styles.muted}>
        Your stories are kept in this browser. Turn <Link href="/notes">notes</Link> into steps, edit them here, and share a story as a JSON file or a report.
      </p>
      <ImportStory />
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <section className={styles.panel} aria-labelledby="saved-stories">
        <h2 id="saved-stories">Your stories</h2>
        {loaded && stories.length === 0 && <p className={styles.muted}>None yet.</p>}
        <ul className={styles.list} aria-label="Your stories">
          {stories.map((s) => (
            <StoryRow key={s.id} story={s} saved />
          ))}
        </ul>
      </section>
      <section className={styles.panel} aria-labelledby="builtin-stories">
        <h2 id="builtin-stories">Built-in stories</h2>
        <ul className={styles.list} aria-label="Built-in stories">
          {BUILTIN_STORIES.map((s) => (
            <StoryRow key={s.id} story={s} saved={false} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function StoryRow({ story, saved }: { story: Story; saved: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState(false);
  return (
    <li className={styles.item} aria-label={story.title}>
      <div className={styles.itemHead}>
        <h3>{story.title}</h3>
        <span className={styles.muted}>
          {story.steps.length} step{story.steps.length === 1 ? "" : "s"}
        </span>
        <span className={styles.itemActions}>
          <Link href={editHref(story.id)} className={styles.link}>
            {saved ? "Edit" : "View / copy"}
          </Link>
          {saved &&
            (confirm ? (
              <button type="button" className={styles.danger} onClick={() => void deleteStory(story.id).then(setError)}>
                Yes, delete
              </button>
            ) : (
              <button type="button" className={styles.danger} onClick={() => setConfirm(true)}>
                Delete
              </button>
            ))}
        </span>
      </div>
      <StoryExports story={story} />
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </li>
  );
}
