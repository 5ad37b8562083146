"use client";
/** Links to every view; each carries the filters (and that view's own settings) so moving between views keeps the investigation. */
import Link from "next/link";
import { usePathname } from "next/navigation";
import { hrefFor, normalizePath, urlStateOf } from "../../lib/state/url-state";
import { useAppStore } from "../state/store-provider";
import { NAV_LINKS, type NavLink } from "./nav-links";
import styles from "./app-header.module.css";

function NavItem({ link, current }: { link: NavLink; current: boolean }) {
  const href = useAppStore((s) => hrefFor(link.href, urlStateOf(s)));
  return (
    // No prefetch: the href changes with every filter, and each prefetch would fetch and parse that route's payload again.
    <Link href={href} prefetch={false} aria-current={current ? "page" : undefined} title={`${link.label} (g ${link.key})`}>
      {link.label}
    </Link>
  );
}

/** The header's navigation. */
export function NavMenu() {
  const pathname = normalizePath(usePathname() ?? "/");
  return (
    <nav aria-label="Views" className={styles.nav}>
      {NAV_LINKS.map((l) => (
        <NavItem key={l.href} link={l} current={pathname === l.href} />
      ))}
    </nav>
  );
}
