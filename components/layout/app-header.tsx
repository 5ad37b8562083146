"use client";
/** The top bar: product name, the dataset and its counts, links to every view, time zone, shortcuts, theme. */
import Link from "next/link";
import { UrlStateSync } from "../filters/url-state-sync";
import { DatasetCounts } from "./dataset-counts";
import { KeyboardShortcuts } from "./keyboard-shortcuts";
import { NavMenu } from "./nav-menu";
import { ThemeToggle } from "./theme-toggle";
import { TimeZoneSwitch } from "./time-zone-switch";
import styles from "./app-header.module.css";

/** App header. It also hosts the app-wide URL sync and keyboard listener, which every page needs once. */
export function AppHeader() {
  return (
    <header className={styles.header}>
      <UrlStateSync />
      <Link href="/" className={styles.brand}>
        <svg aria-hidden="true" viewBox="0 0 32 32" width="22" height="22">
          <path d="M4 24 L12 14 L18 19 L28 7" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Trailscope
      </Link>
      <DatasetCounts />
      <NavMenu />
      <TimeZoneSwitch />
      <KeyboardShortcuts />
      <ThemeToggle />
    </header>
  );
}
