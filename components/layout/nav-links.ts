/** The views that exist, in header order. Add a route here when its page lands. */
export const NAV_LINKS: readonly { href: string; label: string }[] = [{ href: "/", label: "Load" }];
