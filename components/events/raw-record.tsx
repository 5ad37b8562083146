"use client";
/**
 * The full raw record, pretty-printed as text in a <pre>, with a Copy button.
 * Records are attacker-controlled: a 1 MB user agent or 10,000 levels of
 * nesting must not freeze the panel, so the text is written without recursion
 * (indentation stops at RAW_FLAT_DEPTH) and only the first RAW_SHOWN_CHARS are
 * shown until the analyst asks for all of it. Copy always copies everything.
 */
import { useMemo, useState } from "react";
import { jsonText } from "../../lib/cloudtrail/json-text";
import type { Json } from "../../lib/cloudtrail/types";
import { formatBytes } from "../../lib/state/format";
import { truncate } from "../filters/value-text";
import styles from "./events.module.css";

/** Characters of the pretty text shown before "Show all". */
export const RAW_SHOWN_CHARS = 100_000;
/** Nesting deeper than this is written on one line. */
export const RAW_FLAT_DEPTH = 40;

/** JSON text → two-space indented JSON text (the input as-is when it is not JSON). */
export function prettyJson(json: string): string {
  let value: Json;
  try {
    value = JSON.parse(json) as Json;
  } catch {
    return json;
  }
  return jsonText(value, { indent: 2, flatDepth: RAW_FLAT_DEPTH });
}

/** The shown part of the text: all of it, or its first `max` characters. */
export function shownText(text: string, all: boolean, max = RAW_SHOWN_CHARS): { text: string; cut: boolean } {
  return all || text.length <= max ? { text, cut: false } : { text: truncate(text, max), cut: true };
}

/** The raw record block. */
export function RawRecordView({ json, path }: { json: string; path: string }) {
  const pretty = useMemo(() => prettyJson(json), [json]);
  const [all, setAll] = useState(false);
  const shown = shownText(pretty, all);
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
        {shown.text}
      </pre>
      {shown.cut && (
        <p className={styles.muted}>
          Showing the first {formatBytes(RAW_SHOWN_CHARS)} of {formatBytes(pretty.length)}.{" "}
          <button type="button" className={styles.button} onClick={() => setAll(true)}>
            Show all ({formatBytes(pretty.length)})
          </button>
        </p>
      )}
    </section>
  );
}
