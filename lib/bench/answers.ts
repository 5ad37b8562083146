/**
 * Engine-neutral answers of benchmark queries and their comparison: a
 * benchmark that compares different work is worthless, so every query's
 * answer from our index is checked against the peer's.
 */

/** One group of an answer: the key values (one per grouped field) and its count. */
export interface AnswerRow {
  key: string[];
  count: number;
}

/** How two answers must agree. */
export type AnswerCheck =
  /** The same set of (key, count) rows, in any order. */
  | { kind: "exact" }
  /** A top-N list: counts are the N largest of the full grouping and each key carries its full count (ties at the cut may pick different keys). */
  | { kind: "top"; n: number };

const SEP = "\u0000";

const keyOf = (row: AnswerRow): string => row.key.join(SEP);

const describe = (row: AnswerRow | undefined): string => (row ? `${JSON.stringify(row.key)}=${row.count}` : "(none)");

/** Rows in a canonical order (by key), so equal answers compare equal. */
export function canonicalRows(rows: readonly AnswerRow[]): AnswerRow[] {
  return rows
    .map((r) => ({ key: r.key.slice(), count: r.count }))
    .sort((a, b) => {
      const ka = keyOf(a);
      const kb = keyOf(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
}

/** Differences between two exact answers (empty when they agree); at most `limit` lines. */
export function diffExact(ours: readonly AnswerRow[], peer: readonly AnswerRow[], limit = 5): string[] {
  const out: string[] = [];
  const theirs = new Map(peer.map((r) => [keyOf(r), r] as const));
  const seen = new Set<string>();
  for (const r of ours) {
    const k = keyOf(r);
    seen.add(k);
    const p = theirs.get(k);
    if (!p || p.count !== r.count) out.push(`ours ${describe(r)} vs peer ${describe(p)}`);
  }
  for (const p of peer) if (!seen.has(keyOf(p))) out.push(`ours (none) vs peer ${describe(p)}`);
  if (ours.length !== peer.length) out.unshift(`ours has ${ours.length} groups, peer has ${peer.length}`);
  return out.slice(0, limit);
}

/** Differences between a top-N list and the full grouping it was cut from (empty when the list is a valid top N). */
export function diffTop(top: readonly AnswerRow[], full: readonly AnswerRow[], n: number, limit = 5): string[] {
  const out: string[] = [];
  const byKey = new Map(full.map((r) => [keyOf(r), r] as const));
  const expected = full.map((r) => r.count).sort((a, b) => b - a).slice(0, n);
  const got = top.map((r) => r.count).sort((a, b) => b - a);
  if (got.join(",") !== expected.join(",")) out.push(`top counts ${got.join(",")} vs expected ${expected.join(",")}`);
  const keys = new Set<string>();
  for (const r of top) {
    const k = keyOf(r);
    if (keys.has(k)) out.push(`key ${describe(r)} listed twice`);
    keys.add(k);
    const f = byKey.get(k);
    if (!f || f.count !== r.count) out.push(`top ${describe(r)} vs full ${describe(f)}`);
  }
  return out.slice(0, limit);
}
