"use client";
/** The save-and-share actions of one story: open in story mode, export as JSON, Markdown or HTML report. */
import Link from "next/link";
import { useState } from "react";
import type { Story } from "../../lib/story/schema";
import { useEngine } from "../hooks/use-engine";
import { useAppStore } from "../state/store-provider";
import { chartImages } from "./chart-image";
import { downloadText } from "./download";
import { buildReport, type ReportFormat } from "./report";
import { resolveForReport } from "./resolve-for-report";
import { storyFileName, storyJson } from "./story-model";
import styles from "./story-io.module.css";

/** The buttons, for `story`. */
export function StoryExports({ story }: { story: Story }) {
  const { client } = useEngine();
  const events = useAppStore((s) => s.summary?.events ?? 0);
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const report = async (format: ReportFormat) => {
    setBusy(format);
    setError(null);
    try {
      const resolved = await resolveForReport(story, client, events);
      const file = buildReport(resolved, format, { images: chartImages(resolved), generatedAt: Date.now() });
      downloadText(file.fileName, file.mime, file.text);
    } catch (e) {
      setError(`The ${format === "md" ? "Markdown" : "HTML"} report of “${story.title}” could not be built: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={styles.actions} role="group" aria-label={`Share ${story.title}`}>
      <Link href={`/story?story=${encodeURIComponent(story.id)}`} prefetch={false} className={styles.link}>
        Open in story mode
      </Link>
      <button type="button" className={styles.button} onClick={() => downloadText(storyFileName(story, "story.json"), "application/json", storyJson(story))}>
        Export JSON
      </button>
      <button type="button" className={styles.button} disabled={busy !== null} onClick={() => void report("md")}>
        {busy === "md" ? "Building…" : "Export Markdown"}
      </button>
      <button type="button" className={styles.button} disabled={busy !== null} onClick={() => void report("html")}>
        {busy === "html" ? "Building…" : "Export HTML"}
      </button>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
