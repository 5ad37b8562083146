/**
 * Runs the base search: the top-level AND terms that the index can answer
 * become index predicates (dictionary-code tables that may drive from
 * posting lists, time ranges, row tests) and run through lib/index's
 * planner; the remaining terms are checked on the surviving rows, reading
 * a raw record only where the index cannot decide.
 */
import { MAX_DRIVER_CODES, type Pred } from "../../index/predicates";
import { execute, selectionToRows, type Plan } from "../../index/select";
import type { EventTable } from "../../index/table";
import type { SearchNode } from "../ast";
import { readMany, throwIfAborted, type RunContext } from "../run-context";
import { compileNode, type CompileEnv } from "./compile";
import { combine, rowTest, type CNode } from "./nodes";

/** What the base search compiled to. */
export interface BasePlan {
  start: number;
  end: number;
  preds: Pred[];
  /** Terms that may need raw records, ANDed; null when none. */
  post: CNode | null;
  empty: boolean;
}

function codePred(t: EventTable, node: Extract<CNode, { k: "table" }>): Pred {
  const { col, table } = node;
  const counts = col.countsFor(t.size);
  let est = 0;
  const list: number[] = [];
  for (let c = 0; c < table.length; c++) {
    if (table[c] !== 1) continue;
    est += counts[c] ?? 0;
    if (c !== 0) list.push(c);
  }
  const listed = table[0] !== 1 && list.length <= MAX_DRIVER_CODES;
  return { kind: "code", col, codes: col.codes, table, list: listed ? list : null, est };
}

/** Compiles the base search against the table. Throws SearchFailure on unknown fields and bad values. */
export function planBase(search: SearchNode | null, env: CompileEnv): BasePlan {
  const plan: BasePlan = { start: -Infinity, end: Infinity, preds: [], post: null, empty: false };
  if (!search) return plan;
  const items = search.type === "and" ? search.items : [search];
  const post: CNode[] = [];
  for (const item of items) {
    const node = compileNode(env, item);
    switch (node.k) {
      case "const":
        if (!node.value) plan.empty = true;
        break;
      case "time":
        plan.start = Math.max(plan.start, node.start);
        plan.end = Math.min(plan.end, node.end);
        break;
      case "table":
        plan.preds.push(codePred(env.t, node));
        break;
      case "fn":
        plan.preds.push({ kind: "fn", test: rowTest(node), est: env.t.size });
        break;
      case "mixed":
        post.push(node);
        break;
    }
  }
  if (post.length) plan.post = combine("and", post);
  if (!(plan.start < plan.end)) plan.empty = true;
  return plan;
}

/** Ascending ids of the rows the index part of the plan selects. */
function indexRows(t: EventTable, p: BasePlan): Uint32Array {
  const n = t.size;
  if (p.empty || n === 0) return new Uint32Array(0);
  let ranges = [0, n];
  const preds = p.preds.slice();
  if (p.start > -Infinity || p.end < Infinity) {
    const start = Math.max(p.start, -8.64e15);
    const end = Math.min(p.end, 8.64e15);
    const r = t.times.rowRanges(start, end, n);
    ranges = r.ranges;
    if (!r.exact) preds.push({ kind: "time", values: t.times.values, start, end, est: n });
  }
  let rangeCount = 0;
  for (let q = 0; q < ranges.length; q += 2) rangeCount += ranges[q + 1] - ranges[q];
  const plan: Plan = { ranges, rangeCount, preds, empty: rangeCount === 0 || preds.some((x) => x.est === 0) };
  return selectionToRows(execute(t, plan)).slice();
}

/** Rows matching the base search, ascending; reads raw records only for rows the index cannot decide. */
export async function runBase(search: SearchNode | null, ctx: RunContext, nowMs: number): Promise<{ rows: Uint32Array; rawReads: number }> {
  const t = ctx.table;
  const plan = planBase(search, { t, nowMs });
  const candidates = indexRows(t, plan);
  const post = plan.post;
  if (!post || post.k !== "mixed") {
    if (!post || post.k === "const") return { rows: candidates, rawReads: 0 };
    const test = rowTest(post);
    return { rows: candidates.filter((r) => test(r)), rawReads: 0 };
  }
  const keep = new Uint8Array(candidates.length);
  const undecided: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const v = post.idx(candidates[i]);
    if (v === 1) keep[i] = 1;
    else if (v === 2) undecided.push(i);
  }
  throwIfAborted(ctx.signal);
  const rows = Uint32Array.from(undecided, (i) => candidates[i]);
  await readMany(ctx, rows, (k, view) => {
    if (post.raw(rows[k], view)) keep[undecided[k]] = 1;
  });
  return { rows: candidates.filter((_, i) => keep[i] === 1), rawReads: rows.length };
}
