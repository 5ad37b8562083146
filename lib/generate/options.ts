/** Options of the seeded demo generator (see lib/generate/generate.ts). */
export interface GenerateOptions {
  /** PRNG seed; same seed and options → byte-identical output. */
  seed: number;
  /** First day (UTC, YYYY-MM-DD). Day N of the scenario is start + N - 1. */
  start: string;
  /** Number of days. */
  days: number;
  /** Normal events per day (the seed says 50–200); ignored when `events` is set. */
  eventsPerDay: number;
  /** Total event count for scale runs (normal traffic scaled up; the scenario stays as written). 0 = use eventsPerDay. */
  events: number;
  /** Which attack scenarios to include. */
  scenarios: string[];
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  seed: 42,
  start: "2026-01-01",
  days: 14,
  eventsPerDay: 0,
  events: 0,
  scenarios: ["exfil"],
};
