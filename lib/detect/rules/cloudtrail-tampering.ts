/**
 * CloudTrail tampering: a trail stopped, deleted, re-pointed or told to log
 * less. Attempts that failed are reported too, at lower severity: someone
 * tried.
 *
 * Follows SigmaHQ aws_cloudtrail_disable_logging.yml (StopLogging, UpdateTrail,
 * DeleteTrail) and Stratus Red Team aws.defense-evasion.cloudtrail-event-selectors
 * (PutEventSelectors that stop management events from being logged).
 */
import { jsonText } from "../../cloudtrail/json-text";
import type { JsonObject } from "../../cloudtrail/types";
import { makeFinding } from "../evidence";
import type { Finding, Severity } from "../finding";
import { techniques } from "../mitre";
import { asObject, at, list, text } from "../raw";
import { cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtList, render } from "../text";

/** What each call does, as done and as attempted. */
const VERBS: Record<string, [done: string, attempted: string]> = {
  StopLogging: ["stopped logging on", "stop logging on"],
  DeleteTrail: ["deleted", "delete"],
  UpdateTrail: ["changed the settings of", "change the settings of"],
  PutEventSelectors: ["changed which events are logged by", "change which events are logged by"],
};

/** Raw reads at most; trail changes are rare. */
const MAX_READS = 2_000;

/** Whether event selectors drop management events or one direction of calls (what Stratus' technique does). */
function selectorsReduce(rec: JsonObject | undefined): boolean {
  const basic = list(at(rec, "requestParameters.eventSelectors")).map(asObject);
  if (basic.some((s) => s && (s.includeManagementEvents === false || (typeof s.readWriteType === "string" && s.readWriteType !== "All")))) return true;
  // Advanced selectors: a selector list with no management category at all logs no management events.
  const advanced = list(at(rec, "requestParameters.advancedEventSelectors"));
  return advanced.length > 0 && !jsonText(advanced).includes('"Management"');
}

const UPDATE_SETTINGS: Record<string, string> = {
  isMultiRegionTrail: "logging in all regions",
  includeGlobalServiceEvents: "logging of global services such as IAM",
  enableLogFileValidation: "log file validation",
};

/** What an UpdateTrail turned off (coverage or integrity settings set to false). */
function updateTurnsOff(rec: JsonObject | undefined): string[] {
  return Object.keys(UPDATE_SETTINGS).filter((k) => at(rec, `requestParameters.${k}`) === false).map((k) => UPDATE_SETTINGS[k]);
}

export const rule: Rule = {
  id: "cloudtrail-tampering",
  title: "CloudTrail logging tampered with",
  severity: "high",
  stage: "defense-evasion",
  mitre: techniques("T1562.008"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "raw:requestParameters.name", "raw:requestParameters.eventSelectors"],
  source: "SigmaHQ aws_cloudtrail_disable_logging.yml; Stratus Red Team aws.defense-evasion.cloudtrail-stop / cloudtrail-delete / cloudtrail-event-selectors",
  explain: "{principal} {attempt}{verb} trail {trail}{detail}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "cloudtrail.amazonaws.com"), where("eventName", ...Object.keys(VERBS))]);
    const recs = await ctx.readRecords(rows.subarray(0, MAX_READS));
    const out: Finding[] = [];
    for (const row of rows) {
      const rec = recs.get(row);
      const name = cell(t, "eventName", row);
      const failed = cell(t, "errorCode", row) !== "";
      let severity: Severity = "high";
      let detail = "";
      if (name === "PutEventSelectors") {
        if (selectorsReduce(rec)) detail = ", so that it no longer logs all management events";
        else severity = "medium";
      } else if (name === "UpdateTrail") {
        const off = updateTurnsOff(rec);
        if (off.length) detail = `, turning off ${fmtList(off)}`;
        else severity = "medium";
      }
      if (failed) severity = severity === "high" ? "medium" : "low";
      const who = cell(t, "principal", row);
      const trail = text(rec, "requestParameters.name") || text(rec, "requestParameters.trailName") || "(unknown)";
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [row],
          severity,
          summary: render(rule.explain, { principal: who, attempt: failed ? "tried (and failed) to " : "", verb: VERBS[name][failed ? 1 : 0], trail, detail: failed ? "" : detail }),
          entities: { principals: [who], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
