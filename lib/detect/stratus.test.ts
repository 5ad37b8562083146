/**
 * Stratus Red Team detonation logs: for every technique the rules cover, the
 * matching rule fires on that technique's file alone. Techniques no rule in
 * the list covers are listed with the reason.
 */
import { openAsBlob } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { blobSource } from "../cloudtrail/source";
import type { Finding } from "./finding";
import { detect } from "./testing/load";

const ROOT = path.resolve(__dirname, "../../../shared/data/stratus-red-team");

interface Technique {
  technique_id: string;
  file: string;
  stratus_user_agent_marker?: string;
}

/** technique → the rule that must fire on its file, or why none does. */
const TABLE: Record<string, { rule: string } | { outOfScope: string }> = {
  "aws.credential-access.ec2-get-password-data": { rule: "secrets-harvesting" },
  "aws.credential-access.ec2-steal-instance-credentials": { outOfScope: "the theft happens inside the instance; the log holds only the SSM command, and use of the stolen credentials elsewhere is a GuardDuty finding, not a trail event" },
  "aws.credential-access.secretsmanager-batch-retrieve-secrets": { rule: "secrets-harvesting" },
  "aws.credential-access.secretsmanager-retrieve-secrets": { rule: "secrets-harvesting" },
  "aws.credential-access.ssm-retrieve-securestring-parameters": { rule: "secrets-harvesting" },
  "aws.defense-evasion.cloudtrail-delete": { rule: "cloudtrail-tampering" },
  "aws.defense-evasion.cloudtrail-event-selectors": { rule: "cloudtrail-tampering" },
  "aws.defense-evasion.cloudtrail-stop": { rule: "cloudtrail-tampering" },
  "aws.defense-evasion.dns-delete-logs": { rule: "vpc-flow-logs-deleted" },
  "aws.defense-evasion.organizations-leave": { outOfScope: "leaving the AWS Organization (LeaveOrganization) is not among the issue's rules" },
  "aws.defense-evasion.vpc-remove-flow-logs": { rule: "vpc-flow-logs-deleted" },
  "aws.discovery.ec2-download-user-data": { rule: "recon-access-denied-burst" },
  "aws.execution.ec2-launch-unusual-instances": { outOfScope: "one denied RunInstances of an unusual instance type; no rule judges instance types, and one denial is not a burst" },
  "aws.execution.ec2-user-data": { rule: "ec2-user-data-modified" },
  "aws.execution.ssm-send-command": { outOfScope: "SSM command execution on instances is not among the issue's rules" },
  "aws.execution.ssm-start-session": { outOfScope: "SSM sessions on instances are not among the issue's rules" },
  "aws.exfiltration.ec2-security-group-open-port-22-ingress": { rule: "security-group-opened" },
  "aws.exfiltration.ec2-share-ami": { rule: "snapshot-or-image-shared" },
  "aws.exfiltration.ec2-share-ebs-snapshot": { rule: "snapshot-or-image-shared" },
  "aws.exfiltration.rds-share-snapshot": { rule: "snapshot-or-image-shared" },
  "aws.impact.bedrock-invoke-model": { outOfScope: "Bedrock model access is not among the issue's rules (Stratus gives no detection for it either)" },
  "aws.initial-access.console-login-without-mfa": { rule: "console-login-without-mfa" },
  "aws.lateral-movement.ec2-instance-connect": { outOfScope: "EC2 Instance Connect keys (lateral movement) are not among the issue's rules" },
  "aws.lateral-movement.ec2-serial-console-send-ssh-public-key": { outOfScope: "EC2 serial console keys (lateral movement) are not among the issue's rules" },
  "aws.persistence.iam-backdoor-role": { rule: "iam-role-trust-opened" },
  "aws.persistence.iam-backdoor-user": { rule: "iam-credentials-for-other-user" },
  "aws.persistence.iam-create-admin-user": { rule: "iam-backdoor-user" },
  "aws.persistence.iam-create-backdoor-role": { rule: "iam-role-trust-opened" },
  "aws.persistence.iam-create-user-login-profile": { rule: "iam-credentials-for-other-user" },
  "aws.persistence.lambda-backdoor-function": { outOfScope: "Lambda resource policies (AddPermission) are not among the issue's rules" },
  "aws.persistence.lambda-layer-extension": { outOfScope: "Lambda layers and extensions are not among the issue's rules" },
  "aws.persistence.lambda-overwrite-code": { outOfScope: "Lambda code updates are not among the issue's rules" },
  "aws.persistence.rolesanywhere-create-trust-anchor": { outOfScope: "IAM Roles Anywhere trust anchors are not among the issue's rules" },
  "aws.persistence.sts-federation-token": { outOfScope: "GetFederationToken is not among the issue's rules" },
  "aws.privilege-escalation.iam-update-user-login-profile": { rule: "iam-credentials-for-other-user" },
};

let techniques: Technique[] = [];
const fired = new Map<string, Finding[]>();

beforeAll(async () => {
  techniques = (JSON.parse(await readFile(path.join(ROOT, "ground_truth.json"), "utf8")) as { techniques: Technique[] }).techniques;
  for (const t of techniques) {
    const file = path.join(ROOT, t.file);
    fired.set(t.technique_id, (await detect([blobSource(file, await openAsBlob(file))])).findings);
  }
});

describe("Stratus Red Team detonation logs", () => {
  it("has a decision in the table for every technique in ground_truth.json", () => {
    expect(techniques.map((t) => t.technique_id).sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(Object.entries(TABLE).filter((e): e is [string, { rule: string }] => "rule" in e[1]))("%s → %o fires", (technique, { rule }) => {
    const found = fired.get(technique) ?? [];
    expect(found.map((f) => f.rule)).toContain(rule);
    const f = found.find((x) => x.rule === rule) as Finding;
    expect(f.eventIds.length).toBeGreaterThan(0);
    expect(f.summary.length).toBeGreaterThan(20);
  });

  it("flags the attack tool's user agent on every file whose records carry the Stratus marker", async () => {
    let checked = 0;
    for (const t of techniques) {
      const text = await readFile(path.join(ROOT, t.file), "utf8");
      // The ground truth names the marker for every technique, but some files were detonated through another tool: look at the records.
      if (!t.stratus_user_agent_marker || !text.includes(t.stratus_user_agent_marker)) continue;
      checked++;
      expect(fired.get(t.technique_id)?.map((f) => f.rule), t.technique_id).toContain("recon-scanner-user-agent");
    }
    expect(checked).toBeGreaterThan(30);
  });
});
