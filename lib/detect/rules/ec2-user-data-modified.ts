/**
 * EC2 user data changed: ModifyInstanceAttribute setting userData, a script
 * the instance runs as root at its next boot. A StopInstances of the same
 * instance by the same principal shortly before (needed to change user data)
 * is added to the evidence.
 *
 * Follows SigmaHQ aws_ec2_startup_script_change.yml (ModifyInstanceAttribute with
 * the userData attribute) and Stratus Red Team's note for
 * aws.execution.ec2-user-data (StopInstances then ModifyInstanceAttribute with
 * requestParameters.userData within an hour).
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { at, items, text } from "../raw";
import { HOUR_MS, SUCCEEDED, cell, rowsWhere, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { render } from "../text";

/** How long before the change a stop of the same instance counts as its preparation (Stratus: "< 1 hour"). */
export const STOP_LOOKBACK_MS = HOUR_MS;
/** Raw reads at most. */
const MAX_READS = 5_000;

export const rule: Rule = {
  id: "ec2-user-data-modified",
  title: "EC2 instance user data changed",
  severity: "high",
  stage: "execution",
  mitre: techniques("T1059"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "raw:requestParameters.userData", "raw:requestParameters.attribute", "raw:requestParameters.instanceId"],
  source: "SigmaHQ aws_ec2_startup_script_change.yml; Stratus Red Team aws.execution.ec2-user-data",
  explain: "{principal} replaced the user data (boot script) of instance {instance}{stopped}",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = rowsWhere(t, [where("eventSource", "ec2.amazonaws.com"), where("eventName", "ModifyInstanceAttribute"), SUCCEEDED]);
    const out: Finding[] = [];
    for (const [row, rec] of await ctx.readRecords(rows.subarray(0, MAX_READS))) {
      if (at(rec, "requestParameters.userData") === undefined && text(rec, "requestParameters.attribute") !== "userData") continue;
      const who = cell(t, "principal", row);
      const instance = text(rec, "requestParameters.instanceId") || "(unknown)";
      const at0 = t.times.values[row];
      const stops = rowsWhere(t, [where("eventName", "StopInstances"), where("principal", who), SUCCEEDED], { timeRange: { start: at0 - STOP_LOOKBACK_MS, end: at0 + 1 } });
      const stopRecs = await ctx.readRecords(stops);
      const stopped = [...stopRecs].filter(([, r]) => items(at(r, "requestParameters.instancesSet")).some((i) => text(i, "instanceId") === instance)).map(([r]) => r);
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: [...stopped, row],
          summary: render(rule.explain, { principal: who, instance, stopped: stopped.length ? " right after stopping it" : "" }),
          entities: { principals: [who], ips: [cell(t, "sourceIp", row)] },
        }),
      );
    }
    return out;
  },
};
