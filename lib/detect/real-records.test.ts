/**
 * Records nobody on this project wrote: Elastic's CloudTrail pipeline test
 * inputs. Each file must make the rules it describes fire, and the harmless
 * variants (permissions removed, own-account trust, read-only policies) must not.
 */
import { openAsBlob } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blobSource } from "../cloudtrail/source";
import { detect } from "./testing/load";

const DIR = path.resolve(__dirname, "../../../shared/data/elastic-integrations/pipeline");

const TABLE: { file: string; fires: string[]; silent: string[] }[] = [
  { file: "test-attach-user-policy-json.log", fires: ["iam-admin-policy-attached"], silent: [] },
  { file: "test-attach-group-policy-json.log", fires: [], silent: ["iam-admin-policy-attached"] },
  { file: "test-attach-role-policy-json.log", fires: [], silent: ["iam-admin-policy-attached"] },
  { file: "test-console-login-json.log", fires: ["console-login-without-mfa"], silent: ["console-login-spraying"] },
  { file: "test-delete-flow-log-json.log", fires: ["vpc-flow-logs-deleted"], silent: [] },
  { file: "test-stop-configuration-recorder.log", fires: ["config-recorder-stopped"], silent: [] },
  { file: "test-update-trail-json.log", fires: ["cloudtrail-tampering"], silent: [] },
  { file: "test-modify-snapshot-attribute-json.log", fires: [], silent: ["snapshot-or-image-shared"] },
  { file: "test-modify-image-attribute-json.log", fires: [], silent: ["snapshot-or-image-shared"] },
  { file: "test-update-assume-role-policy-json.log", fires: [], silent: ["iam-role-trust-opened"] },
  { file: "test-get-secret-value-json.log", fires: [], silent: ["secrets-harvesting"] },
  { file: "test-us-gov-arn.log", fires: [], silent: ["root-account-usage", "iam-admin-policy-attached"] },
];

describe("Elastic's CloudTrail pipeline inputs", () => {
  it.each(TABLE)("$file", async ({ file, fires, silent }) => {
    const p = path.join(DIR, file);
    const { findings } = await detect([blobSource(p, await openAsBlob(p))]);
    const rules = findings.map((f) => f.rule);
    for (const r of fires) expect(rules).toContain(r);
    for (const r of silent) expect(rules).not.toContain(r);
  });

  it("reads the trail change that turns off log file validation as weakening, and the failed one as an attempt", async () => {
    const p = path.join(DIR, "test-update-trail-json.log");
    const found = (await detect([blobSource(p, await openAsBlob(p))])).findings.filter((f) => f.rule === "cloudtrail-tampering");
    expect(found.map((f) => f.severity).sort()).toEqual(["high", "low"]);
    expect(found.find((f) => f.severity === "low")?.summary).toBe("Alice tried (and failed) to change the settings of trail myTrail2");
    expect(found.find((f) => f.severity === "high")?.summary).toMatch(/, turning off log file validation$/);
  });
});
