/**
 * Runs every registered rule over the index and returns the findings, most
 * severe first, then by time. Yields to the event loop between rules so a
 * worker keeps serving queries while detections run.
 */
import { severityRank, type Finding } from "./finding";
import { RULES } from "./registry";
import type { Rule, RuleContext } from "./rule";

export { correlate, type FindingChain } from "./correlate";

export interface RunOptions {
  signal?: AbortSignal;
  /** Called after each rule with rules done and total. */
  onProgress?(done: number, total: number): void;
  /** The rules to run (default: all registered). */
  rules?: readonly Rule[];
}

/** Lets queued messages (queries) run: setImmediate in Node, a MessageChannel round trip in browsers and workers. */
function yieldToEventLoop(): Promise<void> {
  if (typeof setImmediate === "function") return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

function aborted(): Error {
  const e = new Error("cancelled");
  e.name = "AbortError";
  return e;
}

/** Most severe first, then earliest, then by rule and id so the order is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityRank(a.severity) - severityRank(b.severity) || a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Runs the rules and returns their findings sorted by severity then time; ids are unique within the result. */
export async function runDetections(ctx: RuleContext, opts: RunOptions = {}): Promise<Finding[]> {
  const rules = opts.rules ?? RULES;
  const out: Finding[] = [];
  for (let i = 0; i < rules.length; i++) {
    if (opts.signal?.aborted) throw aborted();
    out.push(...(await rules[i].run(ctx)));
    opts.onProgress?.(i + 1, rules.length);
    await yieldToEventLoop();
  }
  if (opts.signal?.aborted) throw aborted();
  const ids = new Map<string, number>();
  for (const f of out) {
    const n = ids.get(f.id) ?? 0;
    ids.set(f.id, n + 1);
    if (n > 0) f.id = `${f.id}#${n + 1}`;
  }
  return out.sort(compareFindings);
}
