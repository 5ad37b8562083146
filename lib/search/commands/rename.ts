/**
 * `rename old AS new, …`: a field takes a new name (the old name no longer
 * exists). A `*` in both names renames every matching field (`rename
 * requestParameters.* AS rp_*`).
 */
import { SearchFailure, type FieldName } from "../ast";
import { columnOf, type Frame } from "../frame";
import { MESSAGES } from "../messages";
import { wildcardRegExp } from "../values";
import { knownNames } from "./names";
import { defineCommand } from "./types";

interface Pair {
  from: FieldName;
  to: FieldName;
}

function renameOne(frame: Frame, from: string, to: string): Frame {
  if (from === to) return frame;
  const col = columnOf(frame, from);
  const cols = new Map(frame.cols);
  const removed = new Set(frame.removed);
  cols.delete(from);
  if (frame.source) removed.add(from);
  if (col) cols.set(to, col);
  else cols.delete(to);
  removed.delete(to);
  let names = frame.names;
  if (names) {
    names = names.filter((n) => n !== to).map((n) => (n === from ? to : n));
    if (col && !names.includes(to)) names.push(to);
  }
  return { ...frame, cols, removed, names };
}

export const rename = defineCommand<{ pairs: Pair[] }>({
  name: "rename",
  mode: "args",
  transforming: false,
  parse(tokens, at) {
    const pairs: Pair[] = [];
    while (!tokens.atEnd()) {
      if (tokens.take("comma")) continue;
      const from = tokens.field();
      if (!tokens.takeWord("as")) throw SearchFailure.at(tokens.here(), MESSAGES.renameAs());
      const to = tokens.field("a new name after AS");
      if (from.name.split("*").length !== to.name.split("*").length) throw SearchFailure.at(to, MESSAGES.renameWildcards(from.name, to.name));
      pairs.push({ from, to });
    }
    if (pairs.length === 0) throw SearchFailure.at(at, MESSAGES.needsFields("rename"));
    return { pairs };
  },
  reads: (a) => a.pairs.filter((p) => !p.from.name.includes("*")).map((p) => p.from),
  writes: (a) => a.pairs.map((p) => p.to.name).filter((n) => !n.includes("*")),
  run(frame, { pairs }) {
    let out = frame;
    for (const { from, to } of pairs) {
      if (!from.name.includes("*")) {
        out = renameOne(out, from.name, to.name);
        continue;
      }
      const re = wildcardRegExp(from.name, "");
      const parts = to.name.split("*");
      for (const name of knownNames(out)) {
        const m = re.exec(name);
        if (!m) continue;
        const stars = matchStars(from.name, name);
        out = renameOne(out, name, parts.reduce((acc, p, i) => acc + (i > 0 ? stars[i - 1] : "") + p, ""));
      }
    }
    return out;
  },
});

/** The text each `*` of a pattern matched in `name`. */
function matchStars(pattern: string, name: string): string[] {
  const body = pattern
    .split("*")
    .map((p) => p.replace(/[\\^$.|?+()[\]{}]/g, "\\$&"))
    .join("([\\s\\S]*)");
  return (new RegExp(`^${body}$`).exec(name) ?? []).slice(1);
}
