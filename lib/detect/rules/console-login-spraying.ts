/**
 * Password spraying: failed console sign-ins for many different users from
 * one address. A success from the same address soon after is the worst case.
 *
 * Follows SigmaHQ aws_cloudtrail_console_login_failure.yml (ConsoleLogin
 * failures), aggregated per source IP as Elastic "AWS Management Console
 * Brute Force of Root User Identity" does per identity.
 */
import { makeFinding } from "../evidence";
import type { Finding } from "../finding";
import { techniques } from "../mitre";
import { HOUR_MS, MINUTE_MS, byTime, cell, rowsWhere, sessions, timeOf, where } from "../rows";
import type { Rule, RuleContext } from "../rule";
import { fmtList, fmtSpan, plural, render } from "../text";

/** Distinct users failing from one address: a person mistypes their own password, not five people's. */
export const SPRAY_MIN_USERS = 5;
/** A pause longer than this ends a spraying run (sprayers go slowly to stay under lockout thresholds, but not hours apart). */
export const SPRAY_GAP_MS = 30 * MINUTE_MS;
/** A success from the spraying address within this time after the run counts as the spray working. */
export const SPRAY_SUCCESS_WINDOW_MS = HOUR_MS;

/** What CloudTrail writes for a user name that does not exist. */
const HIDDEN_USER = "HIDDEN_DUE_TO_SECURITY_REASONS";

export const rule: Rule = {
  id: "console-login-spraying",
  title: "Console login failures across many users",
  severity: "critical",
  stage: "credential-access",
  mitre: techniques("T1110.003"),
  fields: ["eventName", "errorCode", "errorMessage", "sourceIp", "userName", "principal"],
  source: "SigmaHQ aws_cloudtrail_console_login_failure.yml, aggregated per source IP",
  explain: "{ip} failed to sign in to the console as {users} within {span}{success}",
  run(ctx: RuleContext): Finding[] {
    const t = ctx.table;
    const logins = byTime(t, rowsWhere(t, [where("eventName", "ConsoleLogin")]));
    const failed = (r: number) => cell(t, "errorMessage", r) !== "" || cell(t, "errorCode", r) !== "";
    const runs = sessions(t, logins.filter(failed), (r) => cell(t, "sourceIp", r), SPRAY_GAP_MS);
    const successes = logins.filter((r) => !failed(r));
    const out: Finding[] = [];
    for (const { key: ip, rows } of runs) {
      if (ip === "") continue;
      const names = rows.map((r) => cell(t, "userName", r) || cell(t, "principal", r));
      // Unknown names are all written the same way; each such attempt is a different guess.
      const users = [...new Set(names.filter((n) => n !== HIDDEN_USER && n !== ""))];
      const guesses = users.length + names.filter((n) => n === HIDDEN_USER).length;
      if (guesses < SPRAY_MIN_USERS) continue;
      const start = timeOf(t, rows[0]);
      const end = timeOf(t, rows[rows.length - 1]);
      const won = successes.filter((r) => cell(t, "sourceIp", r) === ip && timeOf(t, r) >= start && timeOf(t, r) <= end + SPRAY_SUCCESS_WINDOW_MS);
      const wonAs = [...new Set(won.map((r) => cell(t, "principal", r)))];
      const shown = guesses > users.length ? [...users, plural(guesses - users.length, "unknown user")] : users;
      out.push(
        makeFinding(t, rule, {
          principal: ip,
          rows: [...rows, ...won],
          severity: won.length ? "critical" : "high",
          summary: render(rule.explain, { ip, users: fmtList(shown, 5), span: fmtSpan(end - start), success: won.length ? `, then signed in successfully as ${fmtList(wonAs)}` : "" }),
          entities: { principals: wonAs, users, ips: [ip] },
        }),
      );
    }
    return out;
  },
};
