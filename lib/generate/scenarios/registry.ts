/** The attack scenarios the generator can lay over normal traffic, by name. */
import type { DayInfo } from "../calendar";
import type { CloudTrailRecord } from "../events/envelope";
import { exfilScenario } from "./exfil";

export interface ScenarioContext {
  seed: number;
  /** The generated period; Day N is days[N - 1] (absent when the period is shorter). */
  days: readonly DayInfo[];
}

/** A scenario returns its records in time order, each tagged with its demo_id. */
export type Scenario = (ctx: ScenarioContext) => CloudTrailRecord[];

/** Registered scenarios (a Map, so names from the UI can never hit prototype keys). */
export const SCENARIOS: ReadonlyMap<string, Scenario> = new Map<string, Scenario>([["exfil", exfilScenario]]);
