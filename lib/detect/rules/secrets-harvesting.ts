/**
 * Secrets harvesting: one principal retrieving many different secrets in a
 * short time (Secrets Manager secrets, SSM parameters, EC2 Windows
 * passwords), or a BatchGetSecretValue by filter, which fetches a whole set at
 * once. Denied attempts count as attempts: trying is the signal.
 *
 * Follows Panther AWS.SecretsManager.RetrieveSecrets (7 unique secrets per user
 * in 60 minutes), SigmaHQ aws_secretsmanager_mass_secret_retrieval.yml and
 * aws_secretsmanager_batch_get_secret_value.yml, and Stratus Red Team's notes for
 * aws.credential-access.ssm-retrieve-securestring-parameters and
 * ec2-get-password-data.
 */
import type { JsonObject } from "../../cloudtrail/types";
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { at, list, text } from "../raw";
import { MINUTE_MS, byTime, cell, rowsWhere, sessions, splitBySpan, timeOf, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtCounts, fmtWindow, plural, render } from "../text";

export const SECRET_EVENTS = ["GetSecretValue", "BatchGetSecretValue", "GetParameter", "GetParameters", "GetPasswordData"];
/** Distinct secrets in one run that make it harvesting: Panther's threshold, seven unique secrets. */
export const SECRETS_MIN_DISTINCT = 7;
/** Single-secret calls a run needs before raw records are read at all (fewer cannot name seven secrets). */
export const SECRETS_MIN_CALLS = 3;
/** Retrievals less than this apart are one run. */
export const SECRETS_GAP_MS = 30 * MINUTE_MS;
/** A run spans an hour at most (Panther's window), so an application polling all day is judged hour by hour. */
export const SECRETS_MAX_SPAN_MS = 60 * MINUTE_MS;
/** Calls that name several secrets at once. */
const MULTI = new Set(["BatchGetSecretValue", "GetParameters"]);
/** Raw reads per run at most: enough to count past the threshold many times over. */
const MAX_READS_PER_RUN = 500;

/** The secrets one call names; `filter` for a BatchGetSecretValue by filter (an unknown, possibly complete set). */
function secretsOf(name: string, rec: JsonObject): { ids: string[]; filter: boolean } {
  switch (name) {
    case "GetSecretValue":
      return { ids: [text(rec, "requestParameters.secretId")], filter: false };
    case "BatchGetSecretValue": {
      const ids = list(at(rec, "requestParameters.secretIdList")).filter((v): v is string => typeof v === "string");
      return { ids, filter: ids.length === 0 && at(rec, "requestParameters.filters") !== undefined };
    }
    case "GetParameter":
      return { ids: [text(rec, "requestParameters.name")], filter: false };
    case "GetParameters":
      return { ids: list(at(rec, "requestParameters.names")).filter((v): v is string => typeof v === "string"), filter: false };
    default:
      return { ids: [text(rec, "requestParameters.instanceId")], filter: false };
  }
}

export const rule: Rule = {
  id: "secrets-harvesting",
  title: "Secrets retrieved in volume",
  severity: "high",
  stage: "credential-access",
  mitre: techniques("T1555.006", "T1552"),
  fields: ["eventName", "eventSource", "errorCode", "principal", "raw:requestParameters.secretId", "raw:requestParameters.names", "raw:requestParameters.filters", "raw:requestParameters.instanceId"],
  source: "Panther AWS.SecretsManager.RetrieveSecrets; SigmaHQ aws_secretsmanager_mass_secret_retrieval.yml / aws_secretsmanager_batch_get_secret_value.yml; Stratus Red Team credential-access techniques",
  explain: "{principal} {verb} {secrets} {window} ({calls}{denied})",
  async run(ctx: RuleContext): Promise<Finding[]> {
    const t = ctx.table;
    const rows = byTime(t, rowsWhere(t, [where("eventSource", "secretsmanager.amazonaws.com", "ssm.amazonaws.com", "ec2.amazonaws.com"), where("eventName", ...SECRET_EVENTS)]));
    const out: Finding[] = [];
    // What each principal already retrieved in earlier runs: re-reading the same secrets is an application's routine, new ones are harvesting.
    const seen = new Map<string, Set<string>>();
    const runs = sessions(t, rows, (r) => cell(t, "principal", r), SECRETS_GAP_MS).flatMap((s) => splitBySpan(t, s.rows, SECRETS_MAX_SPAN_MS).map((part) => ({ who: s.key, run: part })));
    runs.sort((a, b) => timeOf(t, a.run[0]) - timeOf(t, b.run[0]));
    for (const { who, run } of runs) {
      if (run.length < SECRETS_MIN_CALLS && !run.some((r) => MULTI.has(cell(t, "eventName", r)))) continue;
      const recs = await ctx.readRecords(run.slice(0, MAX_READS_PER_RUN));
      let known = seen.get(who);
      if (!known) seen.set(who, (known = new Set()));
      const ids = new Set<string>();
      let byFilter = false;
      for (const [row, rec] of recs) {
        const s = secretsOf(cell(t, "eventName", row), rec);
        for (const id of s.ids) if (id && !known.has(id)) ids.add(id);
        byFilter ||= s.filter;
      }
      for (const id of ids) known.add(id);
      if (ids.size < SECRETS_MIN_DISTINCT && !byFilter) continue;
      const denied = run.filter((r) => cell(t, "errorCode", r) !== "").length;
      const kinds = new Set(run.map((r) => cell(t, "eventName", r)));
      const only = (...names: string[]) => [...kinds].every((k) => names.includes(k));
      const noun = only("GetPasswordData") ? "EC2 instance password" : only("GetParameter", "GetParameters") ? "SSM parameter" : "secret";
      const secrets = ids.size ? `${plural(ids.size, `different ${noun}`)}${byFilter ? " plus every secret matching a filter" : ""}` : "every secret matching a filter";
      out.push(
        makeFinding(t, rule, {
          principal: who,
          rows: run,
          severity: ids.size >= 3 * SECRETS_MIN_DISTINCT || byFilter ? "high" : "medium",
          summary: render(rule.explain, {
            principal: who,
            verb: denied === run.length ? "tried to retrieve" : "retrieved",
            secrets,
            window: fmtWindow(timeOf(t, run[0]), timeOf(t, run[run.length - 1])),
            calls: fmtCounts(run.map((r) => cell(t, "eventName", r))),
            denied: denied ? `, ${plural(denied, "call")} denied` : "",
          }),
          entities: { principals: [who], ips: [...new Set(run.map((r) => cell(t, "sourceIp", r)))] },
        }),
      );
    }
    return out;
  },
};
