"use client";
/**
 * The global keyboard shortcuts (from the data table in shortcuts.ts) and the
 * `?` help dialog, an accessible modal <dialog>. Keys typed into inputs are
 * left alone, except Esc, which closes the newest open panel.
 */
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { hrefFor, urlStateOf } from "../../lib/state/url-state";
import { SEARCH_INPUT_ID } from "../filters/search-box";
import { useAppStoreApi } from "../state/store-provider";
import { closeTopPanel } from "./escape-stack";
import { keyLabel, matchShortcut, shortcutTable, type Shortcut, type ShortcutAction } from "./shortcuts";
import styles from "./app-header.module.css";

/** A key sequence is forgotten after this pause. */
const SEQUENCE_TIMEOUT_MS = 1500;

function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT";
}

/** Listens for shortcuts; renders the header's `?` button and the help dialog. */
export function KeyboardShortcuts() {
  const router = useRouter();
  const store = useAppStoreApi();
  const table = useMemo(() => shortcutTable(), []);
  const [helpOpen, setHelpOpen] = useState(false);

  const run = useCallback(
    (action: ShortcutAction) => {
      switch (action.kind) {
        case "navigate":
          router.push(hrefFor(action.href, urlStateOf(store.getState())));
          break;
        case "focus-search": {
          const input = document.getElementById(SEARCH_INPUT_ID);
          if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) {
            input.focus();
            input.select();
          }
          break;
        }
        case "close":
          closeTopPanel();
          break;
        case "help":
          setHelpOpen(true);
          break;
      }
    },
    [router, store],
  );

  useEffect(() => {
    let typed: string[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      // A modal dialog handles its own keys (Esc closes it natively).
      if (document.querySelector("dialog[open]")) return;
      if (e.key === "Escape") {
        typed = [];
        if (closeTopPanel()) e.preventDefault();
        return;
      }
      if (isTypingTarget(e.target)) return;
      let match = matchShortcut(table, [...typed, e.key]);
      if (match === null && typed.length > 0) match = matchShortcut(table, [e.key]);
      clearTimeout(timer);
      if (match === "prefix") {
        typed = typed.length > 0 && matchShortcut(table, [...typed, e.key]) === "prefix" ? [...typed, e.key] : [e.key];
        timer = setTimeout(() => (typed = []), SEQUENCE_TIMEOUT_MS);
        e.preventDefault();
        return;
      }
      typed = [];
      if (match === null) return;
      e.preventDefault();
      run(match.action);
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
      clearTimeout(timer);
    };
  }, [table, run]);

  return (
    <>
      <button type="button" className={styles.iconButton} onClick={() => setHelpOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        <span aria-hidden="true">?</span>
      </button>
      {helpOpen && <ShortcutHelp table={table} onClose={() => setHelpOpen(false)} />}
    </>
  );
}

function ShortcutHelp({ table, onClose }: { table: readonly Shortcut[]; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <div className={styles.dialogHead}>
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <button type="button" className={styles.iconButton} onClick={() => ref.current?.close()} aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <table className={styles.shortcutTable}>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {table.map((s) => (
            <tr key={s.keys.join(" ")}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={i}>
                    {i > 0 && " then "}
                    <kbd>{keyLabel(k)}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
