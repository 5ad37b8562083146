/**
 * Runs once before the e2e suite: writes the seed's demo as JSON lines with
 * the CLI (so the upload test feeds the app a real generated file, not a
 * checked-in fixture), and records what the CLI reads from every e2e input.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { EXPECTATIONS_FILE, type CliSummary, type Expectations } from "./expectations";
import { BAD_JSON, DEMO_JSONL, E2E_TMP, RECORDS_GZ, REPO_ROOT, STRATUS_LOGS } from "./paths";

function cli(args: string[]): string {
  return execFileSync("npm", ["run", "-s", "cli", "--", ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function ingest(paths: string[]): CliSummary {
  return JSON.parse(cli(["ingest", ...paths, "--json"])) as CliSummary;
}

export default function globalSetup(): void {
  for (const input of [RECORDS_GZ, BAD_JSON, STRATUS_LOGS]) {
    if (!existsSync(input)) throw new Error(`e2e input missing: ${input} (../shared/data must sit beside the clone)`);
  }
  mkdirSync(E2E_TMP, { recursive: true });
  cli(["generate", "--out", DEMO_JSONL]);
  if (!existsSync(DEMO_JSONL) || statSync(DEMO_JSONL).size === 0) {
    throw new Error(`npm run -s cli -- generate did not write ${DEMO_JSONL}`);
  }
  const expectations: Expectations = {
    demo: ingest([DEMO_JSONL]),
    mixed: ingest([RECORDS_GZ, BAD_JSON]),
    folder: ingest([STRATUS_LOGS]),
  };
  writeFileSync(EXPECTATIONS_FILE, JSON.stringify(expectations, null, 2));
}
