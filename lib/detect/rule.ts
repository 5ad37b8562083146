/**
 * The shape of a detection rule and of what it runs against. A rule is a
 * small declarative module: metadata (id, title, severity, ATT&CK, fields,
 * source rule, explanation template) plus `run`, which narrows candidates
 * with indexed filters and only then reads raw records.
 */
import type { JsonObject } from "../cloudtrail/types";
import type { EventTable } from "../index/table";
import type { Finding, Severity, Stage } from "./finding";
import type { MitreTechnique } from "./mitre";
import type { Sensitivity } from "./sensitivity";

/** What a rule runs against. */
export interface RuleContext {
  table: EventTable;
  /** The raw CloudTrail record of a row (for fields the index does not hold: policy documents, ipPermissions, …). */
  readRecord(row: number): Promise<JsonObject>;
  /** Raw records of several rows (one pass per file where possible); rows whose record cannot be read are missing from the map. */
  readRecords(rows: ArrayLike<number>): Promise<Map<number, JsonObject>>;
  /** How sensitive a bucket is (analyst overrides, the seed's table, then a name heuristic). */
  sensitivity(bucket: string): Sensitivity;
  /** A value computed once per run and shared by the rules that need it (e.g. per-principal activity). */
  shared<T>(key: string, build: () => T): T;
}

export interface Rule {
  /** kebab-case, also the module's file name. */
  id: string;
  title: string;
  /** The most severe level the rule reports; single findings may be lower (a failed attempt, a less risky port). */
  severity: Severity;
  stage: Stage;
  mitre: readonly MitreTechnique[];
  /** Indexed fields the rule reads, plus raw record paths prefixed "raw:". */
  fields: readonly string[];
  /** The public rule it follows (SigmaHQ / Panther / Elastic / Splunk), also named in the module's doc comment. */
  source: string;
  /** The summary sentence with {placeholders} the rule fills from the evidence. */
  explain: string;
  run(ctx: RuleContext): Promise<Finding[]> | Finding[];
}
