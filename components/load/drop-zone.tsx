"use client";
/** Drop target for files, folders, .zip and .gz, with the two standard pickers beside it. */
import { useEffect, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import type { InputFile } from "../../lib/worker/protocol";
import { filesFromDrop, filesFromInput } from "./collect-files";
import styles from "./load.module.css";

interface DropZoneProps {
  disabled: boolean;
  onFiles(files: InputFile[]): void;
  onError(message: string): void;
}

function hasFiles(ev: DragEvent | globalThis.DragEvent): boolean {
  return Array.from(ev.dataTransfer?.types ?? []).includes("Files");
}

/** The drop zone and file/folder pickers. */
export function DropZone({ disabled, onFiles, onError }: DropZoneProps) {
  const [over, setOver] = useState(false);
  const folderInput = useRef<HTMLInputElement>(null);

  // React has no typed prop for webkitdirectory; set the attribute on the element.
  useEffect(() => {
    folderInput.current?.setAttribute("webkitdirectory", "");
  }, []);

  // A file dropped beside the zone must not make the browser navigate away from the loaded data.
  useEffect(() => {
    const guard = (ev: globalThis.DragEvent) => {
      if (hasFiles(ev)) ev.preventDefault();
    };
    window.addEventListener("dragover", guard);
    window.addEventListener("drop", guard);
    return () => {
      window.removeEventListener("dragover", guard);
      window.removeEventListener("drop", guard);
    };
  }, []);

  const onPick = (ev: ChangeEvent<HTMLInputElement>) => {
    const files = filesFromInput(ev.target.files);
    ev.target.value = ""; // picking the same file again must fire change again
    if (files.length > 0) onFiles(files);
  };

  const onDragOver = (ev: DragEvent) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = disabled ? "none" : "copy";
    setOver(true);
  };

  const onDrop = (ev: DragEvent) => {
    ev.preventDefault();
    setOver(false);
    if (disabled) return;
    filesFromDrop(ev.dataTransfer).then(
      (files) => (files.length > 0 ? onFiles(files) : onError("Nothing to load: the drop held no files.")),
      (err: unknown) => onError(`Could not read the dropped folder: ${err instanceof Error ? err.message : String(err)}`),
    );
  };

  return (
    <section
      aria-label="Drop zone"
      className={`${styles.dropZone} ${over ? styles.dropZoneOver : ""}`}
      data-disabled={disabled || undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className={styles.dropTitle}>Drop CloudTrail logs here</p>
      <p className={styles.muted}>
        Files, whole folders (the S3 layout <code>AWSLogs/…/CloudTrail/…</code>), <code>.json</code>, <code>.json.gz</code>,{" "}
        <code>.zip</code>, JSON lines. Everything stays in this browser tab.
      </p>
      <div className={styles.pickers}>
        <label className={styles.pickerButton} data-disabled={disabled || undefined}>
          <input type="file" multiple disabled={disabled} onChange={onPick} className={styles.visuallyHidden} />
          Choose files
        </label>
        <label className={styles.pickerButton} data-disabled={disabled || undefined}>
          <input ref={folderInput} type="file" multiple disabled={disabled} onChange={onPick} className={styles.visuallyHidden} />
          Choose folder
        </label>
      </div>
    </section>
  );
}
