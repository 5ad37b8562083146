/**
 * What the CLI (the same lib/ in Node) reads from each e2e input. The app
 * must show the same numbers, so e2e checks the UI against the engine rather
 * than against numbers copied into the specs.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { E2E_TMP } from "./paths";

export interface CliFileReport {
  path: string;
  format: string;
  events: number;
  errors: { line?: number; record?: number; message: string }[];
  errorCount: number;
}

export interface CliSummary {
  events: number;
  files: CliFileReport[];
  timeRange: { start: string; end: string } | null;
}

export interface Expectations {
  /** The demo JSON-lines file alone (also what the in-app generator must produce). */
  demo: CliSummary;
  /** The Records .json.gz and the broken .json together. */
  mixed: CliSummary;
  /** The Stratus Red Team folder. */
  folder: CliSummary;
}

export const EXPECTATIONS_FILE = path.join(E2E_TMP, "expectations.json");

/** Reads what globalSetup recorded. */
export function readExpectations(): Expectations {
  return JSON.parse(readFileSync(EXPECTATIONS_FILE, "utf8")) as Expectations;
}
