"use client";
/**
 * `Esc` closes the most recently opened panel first. Panels register a close
 * handler while open; the keyboard shortcut listener calls the newest one.
 */
import { useEffect, useRef } from "react";

const stack: { close: () => void }[] = [];

/** Closes the newest open panel; false when none is open. */
export function closeTopPanel(): boolean {
  const top = stack[stack.length - 1];
  if (!top) return false;
  top.close();
  return true;
}

/** Registers `close` while `open` is true. */
export function useEscapeToClose(open: boolean, close: () => void): void {
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => {
    if (!open) return;
    const entry = { close: () => latest.current() };
    stack.push(entry);
    return () => {
      const at = stack.lastIndexOf(entry);
      if (at >= 0) stack.splice(at, 1);
    };
  }, [open]);
}
