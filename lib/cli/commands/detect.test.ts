import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../args";
import { runDetect } from "./detect";

const STRATUS = path.resolve(__dirname, "../../../../shared/data/stratus-red-team/detonation-logs");
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "trailscope-detect-"));
  await writeFile(path.join(dir, "junk.json"), "this is not CloudTrail\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runDetect(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe("cli detect", () => {
  it("prints the findings of a file as JSON with ISO times", async () => {
    const { code, out } = await run([path.join(STRATUS, "aws.persistence.iam-create-admin-user.json"), "--json"]);
    expect(code).toBe(0);
    const { findings } = JSON.parse(out) as { findings: Record<string, unknown>[] };
    const backdoor = findings.find((f) => f.rule === "iam-backdoor-user");
    expect(backdoor).toEqual({
      rule: "iam-backdoor-user",
      title: "IAM backdoor user created",
      severity: "critical",
      mitre: ["T1136.003", "T1098.003", "T1098.001"],
      principal: "christophe",
      start: "2024-08-01T13:33:28.000Z",
      end: "2024-08-01T13:33:28.000Z",
      eventIds: expect.arrayContaining([expect.stringMatching(/^[0-9a-f-]{36}$/)]),
      summary: "christophe created user malicious-iam-user and attached AdministratorAccess to it in the same second and created an access key for it in the same second",
    });
    expect(Object.keys(findings[0]).sort()).toEqual(["end", "eventIds", "mitre", "principal", "rule", "severity", "start", "summary", "title"]);
  });

  it("reads whole folders and prints a readable list without --json", async () => {
    const { code, out } = await run([STRATUS]);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+ finding\(s\) in 310 events\n/);
    expect(out).toContain("[high] CloudTrail logging tampered with (cloudtrail-tampering)");
  });

  it("exits 1 when nothing readable was given, naming the problem", async () => {
    const { code, out, err } = await run([path.join(dir, "junk.json"), "--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({ findings: [] });
    expect(err).toContain("junk.json");
  });

  it.each([[[]], [["--nope", "x"]], [[path.join(dir, "missing.json")]]])("rejects %j as a usage error", async (argv) => {
    await expect(run(argv)).rejects.toBeInstanceOf(UsageError);
  });
});
