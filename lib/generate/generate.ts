/**
 * The FakeTShirtCo demo generator: normal traffic plus the chosen attack
 * scenarios, merged in time order. Deterministic (same seed and options →
 * identical records) and streaming: records are produced day by day and hour
 * by hour, so 10M events never sit in memory.
 */
import { DEFAULT_GENERATE_OPTIONS, type GenerateOptions } from "./options";
import { parseStartDate, periodDays, type DayInfo } from "./calendar";
import type { CloudTrailRecord } from "./events/envelope";
import { baselineCounts, baselineDay } from "./scenarios/baseline";
import { SCENARIOS } from "./scenarios/registry";

export type { CloudTrailRecord } from "./events/envelope";

const MAX_DAYS = 3660;
const MAX_EVENTS = 1_000_000_000;

/** What a run will produce, computed before any record is built. */
export interface GenerationPlan {
  options: GenerateOptions;
  days: DayInfo[];
  /** Normal events per day. */
  baselinePerDay: number[];
  /** Every scenario record, time-ordered (small: a few hundred). */
  scenario: CloudTrailRecord[];
  /** Records the run emits in total. */
  total: number;
}

function integerIn(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Fills in defaults and validates; throws a RangeError naming the bad option. */
export function resolveOptions(partial: Partial<GenerateOptions> = {}): GenerateOptions {
  const d = DEFAULT_GENERATE_OPTIONS;
  const o = {
    seed: partial.seed ?? d.seed,
    start: partial.start ?? d.start,
    days: partial.days ?? d.days,
    eventsPerDay: partial.eventsPerDay ?? d.eventsPerDay,
    events: partial.events ?? d.events,
    scenarios: partial.scenarios ?? d.scenarios,
  };
  if (typeof o.seed !== "number" || !Number.isFinite(o.seed)) throw new RangeError(`seed must be a finite number, got ${JSON.stringify(o.seed)}`);
  if (typeof o.start !== "string") throw new RangeError(`start must be a date string YYYY-MM-DD, got ${JSON.stringify(o.start)}`);
  parseStartDate(o.start);
  integerIn("days", o.days, 1, MAX_DAYS);
  integerIn("eventsPerDay", o.eventsPerDay, 0, MAX_EVENTS);
  integerIn("events", o.events, 0, MAX_EVENTS);
  if (!Array.isArray(o.scenarios)) throw new RangeError("scenarios must be a list of scenario names");
  for (const name of o.scenarios) {
    if (typeof name !== "string" || !SCENARIOS.has(name)) {
      throw new RangeError(`unknown scenario ${JSON.stringify(name)} (known: ${[...SCENARIOS.keys()].join(", ")})`);
    }
  }
  return { seed: o.seed, start: o.start, days: o.days, eventsPerDay: o.eventsPerDay, events: o.events, scenarios: [...new Set(o.scenarios)] };
}

/** Resolves options and works out day counts and the scenario records. */
export function planGeneration(partial: Partial<GenerateOptions> = {}): GenerationPlan {
  const options = resolveOptions(partial);
  const days = periodDays(parseStartDate(options.start), options.days);
  const scenario: CloudTrailRecord[] = [];
  for (const name of options.scenarios) {
    const run = SCENARIOS.get(name);
    if (run) scenario.push(...run({ seed: options.seed, days }));
  }
  // Stable sort: eventTime strings have one fixed format, so text order is time order.
  scenario.sort((a, b) => (a.eventTime < b.eventTime ? -1 : a.eventTime > b.eventTime ? 1 : 0));
  const baselinePerDay = baselineCounts(options, days, scenario.length);
  const total = baselinePerDay.reduce((a, b) => a + b, 0) + scenario.length;
  return { options, days, baselinePerDay, scenario, total };
}

/** Every record of a plan, in time order (scenario records before normal ones of the same second). */
export function* recordsOf(plan: GenerationPlan): Generator<CloudTrailRecord> {
  const { scenario } = plan;
  let s = 0;
  for (const day of plan.days) {
    for (const r of baselineDay(plan.options.seed, day, plan.baselinePerDay[day.index])) {
      while (s < scenario.length && scenario[s].eventTime <= r.eventTime) yield scenario[s++];
      yield r;
    }
    const dayEnd = plan.days[day.index + 1]?.date ?? "\uffff";
    while (s < scenario.length && scenario[s].eventTime < dayEnd) yield scenario[s++];
  }
  while (s < scenario.length) yield scenario[s++];
}

/** Generates the dataset for the given options (defaults: the seed's 14-day demo) as records in time order. */
export function generateRecords(partial: Partial<GenerateOptions> = {}): Generator<CloudTrailRecord> {
  return recordsOf(planGeneration(partial));
}
