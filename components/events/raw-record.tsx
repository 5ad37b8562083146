"use client";
/** The full raw record, pretty-printed as text in a <pre>, with a Copy button. */
import { useMemo, useState } from "react";
import styles from "./events.module.css";

/** JSON text → two-space indented JSON text (the input as-is when it is not JSON). */
export function prettyJson(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

/** The raw record block. */
export function RawRecordView({ json, path }: { json: string; path: string }) {
  const pretty = useMemo(() => prettyJson(json), [json]);
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  const copy = () => {
    navigator.clipboard.writeText(pretty).then(
      () => setCopied("done"),
      () => setCopied("failed"),
    );
  };
  return (
    <section aria-label="Raw record" className={styles.rawSection}>
      <div className={styles.sectionHead}>
        <h3>Raw record</h3>
        <button type="button" className={styles.button} onClick={copy}>
          Copy JSON
        </button>
        <span role="status" className={styles.muted}>
          {copied === "done" ? "Copied" : copied === "failed" ? "Copy blocked by the browser: select the text instead" : ""}
        </span>
      </div>
      <p className={styles.muted} title={path}>
        From {path}
      </p>
      <pre className={styles.raw} aria-label="Raw record JSON" tabIndex={0}>
        {pretty}
      </pre>
    </section>
  );
}
