"use client";
/**
 * The search bar: a multi-line SPL editor (Ctrl+Enter or Run runs it) with
 * autocomplete of commands, field names and frequent values. ↓/↑ choose a
 * suggestion, Enter or Tab takes it, Esc closes the list; Ctrl+Space opens it.
 */
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { FieldInfo } from "../../lib/worker/protocol";
import { SEARCH_INPUT_ID } from "../filters/search-box";
import { truncate } from "../filters/value-text";
import { applyCompletion } from "./completion";
import { useCompletions } from "./use-completions";
import styles from "./search.module.css";

interface SearchBarProps {
  value: string;
  onChange(value: string): void;
  onRun(query: string): void;
  fields: readonly FieldInfo[];
  busy: boolean;
  /** A span of the text to select (an error's position), bumped by `selectToken`. */
  select?: { start: number; end: number; token: number } | null;
  /** More controls for the Run row (the history menu). */
  actions?: ReactNode;
}

const KIND_LABEL = { command: "Commands", field: "Fields", value: "Frequent values" } as const;

/** The SPL editor with its Run button and suggestion list. */
export function SearchBar({ value, onChange, onRun, fields, busy, select, actions }: SearchBarProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const pendingCaret = useRef<number | null>(null);
  const { ctx, items, kind } = useCompletions(value, caret, open, fields);
  const showList = open && items.length > 0 && kind !== null;

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && pendingCaret.current !== null) {
      el.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [value]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !select) return;
    el.focus();
    el.setSelectionRange(select.start, Math.max(select.start, select.end));
  }, [select]);

  const accept = (choice: string) => {
    if (!ctx) return;
    const next = applyCompletion(value, ctx, choice);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setActive(-1);
    // A command name is followed by its arguments: keep offering (fields) after it.
    setOpen(ctx.kind === "command");
    onChange(next.text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      setOpen(false);
      onRun(value);
      return;
    }
    if (e.key === " " && e.ctrlKey) {
      e.preventDefault();
      setOpen(true);
      return;
    }
    if (!showList) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const n = items.length;
      setActive((a) => (e.key === "ArrowDown" ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if ((e.key === "Enter" && active >= 0) || e.key === "Tab") {
      e.preventDefault();
      accept(items[Math.max(0, active)]!);
    } else if (e.key === "Escape") {
      // Close the list only, not the panel behind the page.
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  const lines = value.split("\n").length;
  return (
    <div className={styles.bar}>
      <textarea
        ref={ref}
        id={SEARCH_INPUT_ID}
        className={styles.textarea}
        aria-label="Search (SPL)"
        aria-autocomplete="list"
        aria-controls={showList ? listId : undefined}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${listId}-hint`}
        placeholder={'index=cloud eventName=GetObject\n| stats count by userIdentity.userName'}
        value={value}
        rows={Math.min(12, Math.max(3, lines))}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        autoComplete="off"
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setOpen(true);
          setActive(-1);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <div className={styles.barActions}>
        <button type="button" className={styles.run} onClick={() => onRun(value)} disabled={value.trim() === ""} aria-busy={busy}>
          Run
        </button>
        {actions}
        <span id={`${listId}-hint`} className={styles.hint}>
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs · <kbd>Tab</kbd> completes · <kbd>Ctrl</kbd>+<kbd>Space</kbd> suggests
        </span>
      </div>
      {showList && (
        <ul id={listId} role="listbox" aria-label={`Suggestions: ${KIND_LABEL[kind]}`} className={styles.suggestions}>
          <li role="presentation" className={styles.suggestionsHead}>
            {KIND_LABEL[kind]}
          </li>
          {items.map((item, i) => (
            <li
              key={item}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={styles.suggestion}
              title={truncate(item, 500)}
              // Keep the focus in the editor: a blur would close the list before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => accept(item)}
            >
              {truncate(item, 120)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
