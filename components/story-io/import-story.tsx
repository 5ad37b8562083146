"use client";
/**
 * Import a story JSON file: read, validated with lib/story parseStory, saved
 * under a fresh id when its id is taken. A bad file changes nothing; its
 * errors name the file and the path of each problem.
 */
import { useRef, useState } from "react";
import { MAX_STORY_JSON_LENGTH, parseStory } from "../../lib/story/schema";
import { BUILTIN_STORIES } from "../../lib/story/builtin/registry";
import { importedStory } from "./story-model";
import { saveStory, useSavedStories } from "./stories-store";
import styles from "./story-io.module.css";

type Outcome = { ok: true; text: string } | { ok: false; file: string; errors: string[] };

/** The import button (a file picker) and its outcome. */
export function ImportStory({ onImported }: { onImported?(id: string): void }) {
  const { stories } = useSavedStories();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File): Promise<Outcome> => {
    if (file.size > MAX_STORY_JSON_LENGTH) return { ok: false, file: file.name, errors: [`the file is too large (${file.size} bytes; a story is at most ${MAX_STORY_JSON_LENGTH})`] };
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return { ok: false, file: file.name, errors: [`the file could not be read (${e instanceof Error ? e.message : String(e)})`] };
    }
    const parsed = parseStory(text);
    if (!parsed.ok) return { ok: false, file: file.name, errors: parsed.errors };
    const taken = new Set([...stories.map((s) => s.id), ...BUILTIN_STORIES.map((s) => s.id)]);
    const { story, renamed } = importedStory(parsed.story, taken);
    const error = await saveStory(story);
    if (error) return { ok: false, file: file.name, errors: [error] };
    onImported?.(story.id);
    const steps = `${story.steps.length} step${story.steps.length === 1 ? "" : "s"}`;
    return { ok: true, text: `Imported “${story.title}” (${steps}) from ${file.name}${renamed ? `, saved as ${story.id} because its id was taken` : ""}.` };
  };

  return (
    <div className={styles.importBox}>
      <label className={styles.button}>
        Import story JSON…
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className={styles.visuallyHidden}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setOutcome(await importFile(file));
            if (input.current) input.current.value = "";
          }}
        />
      </label>
      {outcome?.ok === true && <p role="status">{outcome.text}</p>}
      {outcome?.ok === false && (
        <div role="alert" className={styles.error}>
          <p>
            {outcome.file} was not imported (nothing was changed):
          </p>
          <ul>
            {outcome.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
