/**
 * What a detection produces: a Finding names the rule, the principal, the
 * time span, the evidence rows and event ids, and one plain-language sentence
 * built from that evidence. Findings cross the worker boundary as plain data.
 */
import { z } from "../zod";

export const severitySchema = z.enum(["critical", "high", "medium", "low", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/** Attack stages, named after the ATT&CK tactics the exfil view lays out along the time axis. */
export const stageSchema = z.enum([
  "initial-access",
  "execution",
  "persistence",
  "privilege-escalation",
  "defense-evasion",
  "credential-access",
  "discovery",
  "lateral-movement",
  "collection",
  "exfiltration",
  "impact",
]);
export type Stage = z.infer<typeof stageSchema>;

export const findingEntitiesSchema = z.object({
  principals: z.array(z.string()).optional(),
  buckets: z.array(z.string()).optional(),
  users: z.array(z.string()).optional(),
  ips: z.array(z.string()).optional(),
});
export type FindingEntities = z.infer<typeof findingEntitiesSchema>;

export const findingSchema = z.object({
  /** Stable within one run: the rule id and the first evidence event id. */
  id: z.string(),
  rule: z.string(),
  title: z.string(),
  severity: severitySchema,
  /** ATT&CK technique ids (e.g. "T1136.003"); names are in lib/detect/mitre.ts. */
  mitre: z.array(z.string()),
  /** Who acted ("" when unknown; the source IP for attacks with no identity, such as password spraying). */
  principal: z.string(),
  /** Epoch ms of the first and last event the finding is about. */
  start: z.number(),
  end: z.number(),
  /** Evidence row ids, in time order. */
  rows: z.array(z.number().int().nonnegative()),
  eventIds: z.array(z.string()),
  summary: z.string(),
  entities: findingEntitiesSchema,
  stage: stageSchema,
});
export type Finding = z.infer<typeof findingSchema>;

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = severitySchema.options;

/** 0 for critical … 4 for info: sorts most severe first. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** The more severe of two severities. */
export function maxSeverity(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}
