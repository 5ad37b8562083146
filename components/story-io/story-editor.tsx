"use client";
/**
 * The story editor (/story/edit?story=<id>): a saved story's steps with
 * reorder, edit and delete, rename and delete the story, and its exports.
 * A built-in story is shown read-only with "Make an editable copy". Every
 * edit goes through lib/story edit.ts (validated); its errors are shown.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { builtinStory, BUILTIN_STORIES } from "../../lib/story/builtin/registry";
import { deleteStep, moveStep, updateStep, type EditResult } from "../../lib/story/edit";
import { parseStory, type Story } from "../../lib/story/schema";
import { MarkdownText } from "../notes/markdown-text";
import { StepItem } from "./step-item";
import { copyOf } from "./story-model";
import { StoryExports } from "./story-exports";
import { deleteStory, saveStory, useSavedStories } from "./stories-store";
import styles from "./story-io.module.css";

const LIBRARY = "/story/edit";

/** The editor of story `id`. */
export function StoryEditor({ id }: { id: string }) {
  const { stories, loaded } = useSavedStories();
  const router = useRouter();
  const saved = stories.find((s) => s.id === id);
  const builtin = saved ? undefined : builtinStory(id);
  const story = saved ?? builtin;
  const [errors, setErrors] = useState<string[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const focusStep = useRef<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());

  useEffect(() => {
    const want = focusStep.current;
    if (want) {
      items.current.get(want)?.focus();
      focusStep.current = null;
    }
  }, [saved]);

  if (!story) {
    return (
      <div className={styles.page}>
        <Link href={LIBRARY}>← All stories</Link>
        <p className={loaded ? styles.error : styles.muted} role={loaded ? "alert" : undefined}>
          {loaded ? `There is no story “${id}” in this browser.` : "Reading the saved stories…"}
        </p>
      </div>
    );
  }

  /** Saves a validated edit, or shows why it was refused; resolves with the errors. */
  const apply = async (result: EditResult): Promise<string[]> => {
    let problems = result.ok ? [] : result.errors;
    if (result.ok) {
      const error = await saveStory(result.story);
      if (error) problems = [error];
    }
    setErrors(problems);
    return problems;
  };

  const copy = async () => {
    const next = copyOf(story, new Set([...stories.map((s) => s.id), ...BUILTIN_STORIES.map((s) => s.id)]));
    const problems = await apply({ ok: true, story: next });
    if (problems.length === 0) router.push(`${LIBRARY}?story=${encodeURIComponent(next.id)}`);
  };

  const remove = async () => {
    const error = await deleteStory(story.id);
    if (error) setErrors([error]);
    else router.push(LIBRARY);
  };

  const editable = saved !== undefined;
  return (
    <div className={styles.page}>
      <Link href={LIBRARY}>← All stories</Link>
      <header className={styles.itemHead}>
        <h1>{story.title}</h1>
        <span className={styles.muted}>
          {story.steps.length} step{story.steps.length === 1 ? "" : "s"}
          {editable ? "" : " · built-in, read-only"}
        </span>
      </header>
      {story.description && <MarkdownText text={story.description} className={styles.text} />}
      <StoryExports story={story} />
      {editable ? (
        <div className={styles.actions}>
          <RenameForm story={story} onRename={(title) => apply(parseStory({ ...story, title }))} />
          {confirmDelete ? (
            <>
              <button type="button" className={styles.danger} onClick={() => void remove()}>
                Yes, delete “{story.title}”
              </button>
              <button type="button" className={styles.button} onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className={styles.danger} onClick={() => setConfirmDelete(true)}>
              Delete story
            </button>
          )}
        </div>
      ) : (
        <div className={styles.actions}>
          <button type="button" className={styles.primary} onClick={() => void copy()}>
            Make an editable copy
          </button>
        </div>
      )}
      {errors.length > 0 && (
        <ul role="alert" className={styles.error}>
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      {story.steps.length === 0 && <p className={styles.muted}>
          No steps yet: add notes to this story from the{" "}
          <Link href="/notes" prefetch={false}>
            notes page
          </Link>
          .
        </p>}
      {editable && story.steps.length > 1 && <p className={styles.muted}>Alt+↑ / Alt+↓ move the focused step.</p>}
      <ol className={styles.list} aria-label="Steps">
        {story.steps.map((step, i) => (
          <StepItem
            key={step.id}
            ref={(el) => {
              if (el) items.current.set(step.id, el);
              else items.current.delete(step.id);
            }}
            step={step}
            index={i}
            count={story.steps.length}
            onMove={
              editable
                ? (to) => {
                    focusStep.current = step.id;
                    void apply(moveStep(story, i, to));
                  }
                : null
            }
            onSave={editable ? (patch) => apply(updateStep(story, step.id, patch)) : null}
            onDelete={editable ? () => void apply(deleteStep(story, step.id)) : null}
          />
        ))}
      </ol>
    </div>
  );
}

function RenameForm({ story, onRename }: { story: Story; onRename(title: string): Promise<string[]> }) {
  const [title, setTitle] = useState(story.title);
  useEffect(() => setTitle(story.title), [story.title]);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void onRename(title);
  };
  return (
    <form className={styles.actions} onSubmit={submit}>
      <input className={styles.input} value={title} onChange={(e) => setTitle(e.target.value)} aria-label="Story title" />
      <button type="submit" className={styles.button} disabled={title === story.title}>
        Rename
      </button>
    </form>
  );
}
