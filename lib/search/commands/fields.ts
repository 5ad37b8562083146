/**
 * `fields [+] f1, f2` keeps only those fields (in that order); `fields - f1`
 * removes them. Wildcards allowed.
 */
import { SearchFailure, type FieldName } from "../ast";
import { columnOf, type Column } from "../frame";
import { MESSAGES } from "../messages";
import { expandNames, plainFields } from "./names";
import { defineCommand } from "./types";

export const fields = defineCommand<{ remove: boolean; fields: FieldName[] }>({
  name: "fields",
  mode: "args",
  transforming: false,
  parse(tokens, at) {
    let remove = false;
    const sign = tokens.peek();
    if (sign?.type === "word" && (sign.value === "-" || sign.value === "+")) {
      tokens.next("-");
      remove = sign.value === "-";
    }
    const list = tokens.fieldList();
    if (list.length === 0) throw SearchFailure.at(at, MESSAGES.needsFields("fields"));
    return { remove, fields: list };
  },
  reads: (a) => (a.remove ? [] : plainFields(a.fields)),
  run(frame, { remove, fields: list }) {
    const names = expandNames(frame, list);
    if (remove) {
      const cols = new Map(frame.cols);
      const removed = new Set(frame.removed);
      for (const n of names) {
        cols.delete(n);
        removed.add(n);
      }
      return { ...frame, cols, removed, names: frame.names ? frame.names.filter((n) => !names.includes(n)) : null };
    }
    const cols = new Map<string, Column>();
    for (const n of names) {
      const col = columnOf(frame, n);
      if (col) cols.set(n, col);
    }
    return { ...frame, cols, names, only: true };
  },
});
