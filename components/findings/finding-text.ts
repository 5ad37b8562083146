/**
 * How findings read in the UI: severity and stage names, ATT&CK techniques
 * with their names, and time spans in the app's zone. Pure, so it is tested
 * without a browser; every value it returns is rendered as text only.
 */
import type { Severity, Stage } from "../../lib/detect/finding";
import { MITRE_TECHNIQUES } from "../../lib/detect/mitre";
import { formatTime, zoneLabel, type OffsetFn, type TimeZoneMode } from "../../lib/state/time-format";

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { critical: "Critical", high: "High", medium: "Medium", low: "Low", info: "Info" };

const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  "initial-access": "Initial access",
  execution: "Execution",
  persistence: "Persistence",
  "privilege-escalation": "Privilege escalation",
  "defense-evasion": "Defense evasion",
  "credential-access": "Credential access",
  discovery: "Discovery",
  "lateral-movement": "Lateral movement",
  collection: "Collection",
  exfiltration: "Exfiltration",
  impact: "Impact",
};

/** "Critical", "High", … */
export function severityLabel(s: Severity): string {
  return SEVERITY_LABELS[s];
}

/** "Privilege escalation", … */
export function stageLabel(s: Stage): string {
  return STAGE_LABELS[s];
}

/** A technique id with its ATT&CK name ("" when the catalogue does not know it). */
export function mitreTechnique(id: string): { id: string; name: string } {
  const name = Object.hasOwn(MITRE_TECHNIQUES, id) ? (MITRE_TECHNIQUES as Record<string, string>)[id]! : "";
  return { id, name };
}

/**
 * "2026-01-08 10:45:00 – 10:46:00 UTC" within a day, "2026-01-11 01:17:42 – 2026-01-14 04:40:31 UTC" across days,
 * "2026-01-08 10:46:00 UTC" for an instant.
 */
export function formatSpan(start: number, end: number, tz: TimeZoneMode, offset?: OffsetFn): string {
  const a = formatTime(start, tz, offset);
  const zone = zoneLabel(tz);
  if (end === start) return `${a} ${zone}`;
  const b = formatTime(end, tz, offset);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a} – ${b.slice(11)} ${zone}` : `${a} – ${b} ${zone}`;
}
