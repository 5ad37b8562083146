/** Field-name lists with `*` wildcards, expanded against what a frame holds. */
import type { FieldName } from "../ast";
import { columnOf, readerOf, type Frame } from "../frame";
import { wildcardRegExp } from "../values";

/** Names a wildcard can match: the frame's columns, and (event frames) the indexed fields. */
export function knownNames(frame: Frame): string[] {
  const out = [...(frame.names ?? []), ...frame.cols.keys()];
  if (frame.source && !frame.only) out.push(...frame.source.names().filter((n) => !frame.removed.has(n)));
  return [...new Set(out)];
}

/** Whether some event has the field (a wildcard over events lists only fields that occur, as Splunk's). */
function present(frame: Frame, name: string): boolean {
  const col = columnOf(frame, name);
  if (col === null || col.kind === "raw") return false;
  const read = readerOf(frame, col);
  for (let i = 0; i < frame.n; i++) if (read(i) !== null) return true;
  return false;
}

/** Expands `*` patterns (case-sensitive, as field names are) in order, without duplicates. */
export function expandNames(frame: Frame, fields: FieldName[]): string[] {
  const out: string[] = [];
  let known: string[] | null = null;
  for (const f of fields) {
    if (!f.name.includes("*")) {
      if (!out.includes(f.name)) out.push(f.name);
      continue;
    }
    known ??= knownNames(frame);
    const re = wildcardRegExp(f.name, "");
    for (const k of known) if (re.test(k) && !out.includes(k) && (!frame.rows || present(frame, k))) out.push(k);
  }
  return out;
}

/** The fields that are plain names (wildcards are checked against what exists, not reported as unknown). */
export function plainFields(fields: FieldName[]): FieldName[] {
  return fields.filter((f) => !f.name.includes("*"));
}
