/**
 * The keyboard shortcut table, as data: what the `?` dialog lists and what
 * the listener matches. Navigation shortcuts come from NAV_LINKS, so a view
 * that does not exist has no shortcut.
 */
import { NAV_LINKS } from "./nav-links";

export type ShortcutAction =
  | { kind: "navigate"; href: `/${string}` }
  | { kind: "focus-search" }
  | { kind: "close" }
  | { kind: "help" };

export interface Shortcut {
  /** Keys pressed in sequence, as KeyboardEvent.key values. */
  keys: readonly string[];
  description: string;
  action: ShortcutAction;
}

/** Every shortcut, in the order the help lists them. */
export function shortcutTable(links = NAV_LINKS): Shortcut[] {
  return [
    { keys: ["/"], description: "Focus the search box", action: { kind: "focus-search" } },
    ...links.map((l): Shortcut => ({ keys: ["g", l.key], description: `Go to ${l.label}`, action: { kind: "navigate", href: l.href } })),
    { keys: ["Escape"], description: "Close the open panel", action: { kind: "close" } },
    { keys: ["?"], description: "Show these shortcuts", action: { kind: "help" } },
  ];
}

/** How a key is written in the help. */
export function keyLabel(key: string): string {
  return key === "Escape" ? "Esc" : key;
}

/**
 * Matches the keys typed so far against the table: the shortcut they complete,
 * "prefix" when they start one, or null when they lead nowhere.
 */
export function matchShortcut(table: readonly Shortcut[], typed: readonly string[]): Shortcut | "prefix" | null {
  let prefix = false;
  for (const s of table) {
    if (typed.length > s.keys.length) continue;
    if (!typed.every((k, i) => k === s.keys[i])) continue;
    if (typed.length === s.keys.length) return s;
    prefix = true;
  }
  return prefix ? "prefix" : null;
}
