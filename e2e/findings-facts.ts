/**
 * What the engine (the same lib/ the worker runs, in Node) finds in an e2e
 * input: the findings and exfil specs check the UI against these, never
 * against numbers copied into a spec.
 */
import { fileSource, listInputFiles } from "../lib/cli/fs-source";
import { correlate, type FindingChain } from "../lib/detect/correlate";
import { createRuleContext } from "../lib/detect/context";
import type { Finding } from "../lib/detect/finding";
import { recordReader } from "../lib/detect/record-reader";
import { runDetections } from "../lib/detect/run";
import { Dataset } from "../lib/worker/dataset";

export interface FindingFacts {
  findings: Finding[];
  chains: FindingChain[];
  /** Findings of one rule. */
  byRule(rule: string): Finding[];
}

const cache = new Map<string, Promise<FindingFacts>>();

/** Loads the files under `paths` once per worker process and runs every rule. */
export function findingFacts(...paths: string[]): Promise<FindingFacts> {
  const key = paths.join("\u0000");
  let facts = cache.get(key);
  if (!facts) {
    facts = (async () => {
      const data = new Dataset();
      await data.ingest(await Promise.all((await listInputFiles(paths)).map(fileSource)));
      const findings = await runDetections(createRuleContext({ table: data.table, ...recordReader(data.table, (id) => data.leaf(id)) }));
      return { findings, chains: correlate(findings), byRule: (rule) => findings.filter((f) => f.rule === rule) };
    })();
    cache.set(key, facts);
  }
  return facts;
}
