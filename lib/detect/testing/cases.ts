/**
 * Table-driven rule tests: each case names a rule, builds records, and says
 * how many findings (and what severity / summary) it must produce. Test
 * support only.
 */
import { expect } from "vitest";
import type { JsonObject } from "../../cloudtrail/types";
import type { Severity } from "../finding";
import type { Rule } from "../rule";
import { runRule } from "./harness";

export interface RuleCase {
  name: string;
  rule: Rule;
  records: () => JsonObject[];
  /** Findings expected (0 for a negative case). */
  findings: number;
  severity?: Severity;
  /** Text the (first) summary must contain. */
  summary?: string | RegExp;
  principal?: string;
}

/** Runs a case and checks its expectations. */
export async function checkCase(c: RuleCase): Promise<void> {
  const found = await runRule(c.rule, c.records());
  expect(found.map((f) => f.summary)).toHaveLength(c.findings);
  if (c.findings === 0) return;
  const f = found[0];
  expect(f.rule).toBe(c.rule.id);
  expect(f.eventIds.length).toBeGreaterThan(0);
  expect(f.start).toBeLessThanOrEqual(f.end);
  if (c.severity) expect(f.severity).toBe(c.severity);
  if (c.principal !== undefined) expect(f.principal).toBe(c.principal);
  if (typeof c.summary === "string") expect(f.summary).toContain(c.summary);
  else if (c.summary) expect(f.summary).toMatch(c.summary);
}
