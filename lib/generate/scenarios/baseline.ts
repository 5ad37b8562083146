/**
 * Normal FakeTShirtCo traffic: how many events each day has, and the events
 * of one day in time order, generated hour by hour so that even millions of
 * events per day never sit in memory at once.
 */
import type { GenerateOptions } from "../options";
import { performAction } from "../actions";
import { HOUR_MS, type DayInfo } from "../calendar";
import { CAST, type Actor } from "../cast";
import type { CloudTrailRecord } from "../events/envelope";
import { Rng, WeightedTable } from "../rng";

/** Hours whose actions come from the actors' night mix (the exfil window 01:00–05:00 plus a margin). */
export const NIGHT_FIRST_HOUR = 1;
export const NIGHT_LAST_HOUR = 5;

/** Relative weight of a weekend day when a total is spread over days (weekends are lighter). */
const WEEKEND_DAY_WEIGHT = 0.4;

interface HourTables {
  /** Relative activity of each hour of the day. */
  hours: WeightedTable<number>;
  /** Who acts, per hour. */
  actors: WeightedTable<Actor>[];
}

function buildTables(weekend: boolean): HourTables {
  const hourWeights: [number, number][] = [];
  const actors: WeightedTable<Actor>[] = [];
  for (let h = 0; h < 24; h++) {
    const entries = CAST.map((a): [Actor, number] => [a, (weekend ? a.weekend : a.weekday)[h]]);
    const t = new WeightedTable(entries);
    if (t.empty) throw new Error(`no actor is active at ${h}:00 (${weekend ? "weekend" : "weekday"})`);
    actors.push(t);
    hourWeights.push([h, t.total]);
  }
  return { hours: new WeightedTable(hourWeights), actors };
}

const WEEKDAY_TABLES = buildTables(false);
const WEEKEND_TABLES = buildTables(true);

/** Splits `total` over weights into integers that sum to `total` exactly (largest remainder, ties to the earlier index). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) out[order[k][1]]++;
  return out;
}

/**
 * Normal events for each day. `events > 0`: that total minus the scenario's records, spread over days (weekends lighter);
 * `eventsPerDay > 0`: exactly that many each day; otherwise the seed's 50–200 (weekdays 120–200, weekends 50–90).
 */
export function baselineCounts(opts: GenerateOptions, days: readonly DayInfo[], scenarioRecords: number): number[] {
  if (opts.events > 0) {
    const normal = Math.max(0, opts.events - scenarioRecords);
    return apportion(normal, days.map((d) => (d.weekend ? WEEKEND_DAY_WEIGHT : 1)));
  }
  if (opts.eventsPerDay > 0) return days.map(() => opts.eventsPerDay);
  return days.map((d) => {
    const rng = Rng.fromKey(opts.seed, "day-count", d.index);
    return d.weekend ? rng.int(50, 90) : rng.int(120, 200);
  });
}

/** How many of a day's `count` events fall in each hour (multinomial over the hour weights). */
export function hourCounts(seed: number, day: DayInfo, count: number): Uint32Array {
  const tables = day.weekend ? WEEKEND_TABLES : WEEKDAY_TABLES;
  const rng = Rng.fromKey(seed, "hours", day.index);
  const out = new Uint32Array(24);
  for (let i = 0; i < count; i++) out[tables.hours.pick(rng)]++;
  return out;
}

/** The normal events of one day, in time order. */
export function* baselineDay(seed: number, day: DayInfo, count: number): Generator<CloudTrailRecord> {
  const tables = day.weekend ? WEEKEND_TABLES : WEEKDAY_TABLES;
  const perHour = hourCounts(seed, day, count);
  for (let h = 0; h < 24; h++) {
    const n = perHour[h];
    if (n === 0) continue;
    // Each hour has its own stream, so an hour's events do not depend on how earlier hours were consumed.
    const rng = Rng.fromKey(seed, "baseline", day.index, h);
    const seconds = new Uint16Array(n);
    for (let i = 0; i < n; i++) seconds[i] = rng.u32() % 3600;
    seconds.sort();
    const night = h >= NIGHT_FIRST_HOUR && h <= NIGHT_LAST_HOUR;
    const hourStart = day.startMs + h * HOUR_MS;
    const actors = tables.actors[h];
    for (let i = 0; i < n; i++) {
      const actor = actors.pick(rng);
      const action = (night ? actor.nightMix : actor.dayMix).pick(rng);
      const caller = actor.caller(day, action, rng);
      yield performAction(rng, hourStart + seconds[i] * 1000, day, caller, action, actor.self);
    }
  }
}
