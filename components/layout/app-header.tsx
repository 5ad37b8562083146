"use client";
/** The top bar: product name, the dataset's name and size, links to every view, theme switch. */
import Link from "next/link";
import { usePathname } from "next/navigation";
import { datasetName } from "../../lib/state/dataset-slice";
import { formatCount } from "../../lib/state/format";
import { useAppStore } from "../state/store-provider";
import { NAV_LINKS } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import styles from "./app-header.module.css";

/** App header. */
export function AppHeader() {
  const sources = useAppStore((s) => s.sources);
  const events = useAppStore((s) => s.summary?.events ?? 0);
  const loading = useAppStore((s) => s.job !== null);
  const pathname = usePathname();
  const name = events > 0 ? datasetName(sources) : "No dataset loaded";

  return (
    <header className={styles.header}>
      <Link href="/" className={styles.brand}>
        <svg aria-hidden="true" viewBox="0 0 32 32" width="22" height="22">
          <path d="M4 24 L12 14 L18 19 L28 7" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Trailscope
      </Link>
      <div className={styles.dataset} aria-label="Current dataset" role="group">
        <span className={styles.datasetName} title={name}>
          {name}
        </span>
        {events > 0 && <span className={styles.count}>{formatCount(events)} events</span>}
        {loading && <span className={styles.loading}>loading…</span>}
      </div>
      <nav aria-label="Views" className={styles.nav}>
        {NAV_LINKS.map((l) => (
          <Link key={l.href} href={l.href} aria-current={pathname === l.href ? "page" : undefined}>
            {l.label}
          </Link>
        ))}
      </nav>
      <ThemeToggle />
    </header>
  );
}
