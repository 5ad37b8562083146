/**
 * AWS Config switched off: the configuration recorder stopped or deleted, or
 * its delivery channel deleted, so resource changes stop being recorded.
 *
 * Follows SigmaHQ aws_config_disable_recording.yml (StopConfigurationRecorder,
 * DeleteDeliveryChannel) and Elastic "AWS Configuration Recorder Stopped",
 * extended to DeleteConfigurationRecorder, which has the same effect.
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { render } from "../text";

const VERBS: Record<string, string> = {
  StopConfigurationRecorder: "stopped the AWS Config recorder",
  DeleteConfigurationRecorder: "deleted the AWS Config recorder",
  DeleteDeliveryChannel: "deleted the AWS Config delivery channel",
};

export const rule: Rule = {
  id: "config-recorder-stopped",
  title: "AWS Config recording stopped",
  severity: "high",
  stage: "defense-evasion",
  mitre: techniques("T1562.001"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "region"],
  source: "SigmaHQ aws_config_disable_recording.yml; Elastic AWS Configuration Recorder Stopped",
  explain: "{principal} {verb} in {region}",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "config.amazonaws.com"), where("eventName", ...Object.keys(VERBS)), SUCCEEDED]);
    return Array.from(rows, (row) => {
      const who = cell(t, "principal", row);
      return makeFinding(t, rule, {
        principal: who,
        rows: [row],
        summary: render(rule.explain, { principal: who, verb: VERBS[cell(t, "eventName", row)], region: cell(t, "region", row) || "an unknown region" }),
        entities: { principals: [who], ips: [cell(t, "sourceIp", row)] },
      });
    });
  },
};
