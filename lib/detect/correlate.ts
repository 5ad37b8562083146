/**
 * Findings grouped into chains by principal: what one identity did across
 * stages (persistence, escalation, discovery, collection, …), most severe
 * chain first. A user created in a backdoor finding joins its creator's chain,
 * so an attacker switching to the identity they made stays one story.
 */
import { SEVERITIES, maxSeverity, severityRank, type Finding, type Severity, type Stage } from "./finding";

export interface FindingChain {
  /** The chain's principal (the creator, when backdoor identities were merged in). */
  principal: string;
  /** Every principal whose findings are in the chain. */
  principals: string[];
  severity: Severity;
  /** Findings in time order. */
  findings: Finding[];
  /** Stages in the order they first appear. */
  stages: Stage[];
  start: number;
  end: number;
  /** Sum of severity weights, to order chains of equal top severity. */
  score: number;
}

/** Weight of one finding in a chain's score: one critical outweighs any number of info findings in practice. */
const WEIGHT: Record<Severity, number> = { critical: 1000, high: 100, medium: 10, low: 2, info: 1 };

/** Groups findings into chains by principal, most severe chain first. */
export function correlate(findings: readonly Finding[]): FindingChain[] {
  // A backdoor identity's findings belong to whoever created it.
  const owner = new Map<string, string>();
  for (const f of findings) {
    if (f.stage !== "persistence" || !f.principal) continue;
    for (const u of f.entities.users ?? []) if (u !== f.principal && !owner.has(u)) owner.set(u, f.principal);
  }
  const root = (p: string): string => {
    const seen = new Set<string>();
    let cur = p;
    while (owner.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      cur = owner.get(cur) as string;
    }
    return cur;
  };
  const chains = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = root(f.principal);
    let list = chains.get(key);
    if (!list) chains.set(key, (list = []));
    list.push(f);
  }
  const out: FindingChain[] = [];
  for (const [principal, list] of chains) {
    list.sort((a, b) => a.start - b.start || severityRank(a.severity) - severityRank(b.severity));
    const stages: Stage[] = [];
    for (const f of list) if (!stages.includes(f.stage)) stages.push(f.stage);
    out.push({
      principal,
      principals: [...new Set(list.map((f) => f.principal))],
      severity: list.reduce<Severity>((s, f) => maxSeverity(s, f.severity), SEVERITIES[SEVERITIES.length - 1]),
      findings: list,
      stages,
      start: Math.min(...list.map((f) => f.start)),
      end: Math.max(...list.map((f) => f.end)),
      score: list.reduce((n, f) => n + WEIGHT[f.severity], 0),
    });
  }
  return out.sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.score - a.score || a.start - b.start || (a.principal < b.principal ? -1 : 1));
}
