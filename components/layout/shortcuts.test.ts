import { describe, expect, it } from "vitest";
import { NAV_LINKS } from "./nav-links";
import { matchShortcut, shortcutTable } from "./shortcuts";

describe("shortcut table", () => {
  const table = shortcutTable();

  it("has a g-shortcut for each view that exists, and only those", () => {
    const nav = table.filter((s) => s.action.kind === "navigate").map((s) => s.keys.join(" "));
    expect(nav).toEqual(NAV_LINKS.map((l) => `g ${l.key}`));
    expect(nav).toContain("g t");
  });

  it("grows with the nav list", () => {
    const more = shortcutTable([...NAV_LINKS, { href: "/users", label: "Users", key: "u" }]);
    expect(matchShortcut(more, ["g", "u"])).toMatchObject({ action: { kind: "navigate", href: "/users" } });
  });

  it("has unique key sequences", () => {
    const seqs = table.map((s) => s.keys.join(" "));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it.each([
    [["/"], "focus-search"],
    [["?"], "help"],
    [["Escape"], "close"],
    [["g", "t"], "navigate"],
  ])("%j → %s", (keys, kind) => {
    const m = matchShortcut(table, keys);
    expect(m !== null && m !== "prefix" && m.action.kind).toBe(kind);
  });

  it("knows prefixes and dead ends", () => {
    expect(matchShortcut(table, ["g"])).toBe("prefix");
    expect(matchShortcut(table, ["g", "z"])).toBeNull();
    expect(matchShortcut(table, ["x"])).toBeNull();
  });
});
