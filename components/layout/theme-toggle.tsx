"use client";
/** Switches between the dark (default) and light themes. */
import { useAppStore } from "../state/store-provider";
import styles from "./app-header.module.css";

/** Theme switch button. */
export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const toggle = useAppStore((s) => s.toggleTheme);
  const next = theme === "dark" ? "light" : "dark";
  return (
    <button type="button" className={styles.themeToggle} onClick={toggle} aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`}>
      <span aria-hidden="true">{theme === "dark" ? "☾" : "☀"}</span>
    </button>
  );
}
