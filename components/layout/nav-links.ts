/**
 * The views that exist, in header order. Add a route here when its page
 * lands: the header link and its `g <key>` shortcut follow from this line.
 */
export interface NavLink {
  href: `/${string}`;
  label: string;
  /** The second key of the `g <key>` shortcut. */
  key: string;
}

export const NAV_LINKS: readonly NavLink[] = [
  { href: "/", label: "Load", key: "l" },
  { href: "/timeline", label: "Timeline", key: "t" },
  { href: "/users", label: "Users", key: "u" },
  { href: "/buckets", label: "Buckets", key: "b" },
  { href: "/search", label: "Search", key: "s" },
  { href: "/findings", label: "Findings", key: "f" },
  { href: "/exfil", label: "Exfil", key: "x" },
  { href: "/story", label: "Story", key: "y" },
  { href: "/notes", label: "Notes", key: "n" },
];
